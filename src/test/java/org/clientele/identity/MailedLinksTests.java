package org.clientele.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageClient;
import org.clientele.testing.TestAccounts;
import org.clientele.testing.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Invitations and password resets end to end: the pages of the running application, the mail
 * as GreenMail receives it over SMTP, and the link in it.
 */
@ClienteleTest
class MailedLinksTests {

    private static final String BASE_URL = "https://crm.example.test";
    private static final Pattern INVITATION_LINK = Pattern.compile(Pattern.quote(BASE_URL) + "(/invitation/[A-Za-z0-9_-]{43})");
    private static final Pattern RESET_LINK = Pattern.compile(Pattern.quote(BASE_URL) + "(/password-reset/[A-Za-z0-9_-]{43})");
    private static final Duration MAIL_WAIT = Duration.ofSeconds(10);
    private static final String NEW_PASSWORD = "Chosen-Through-The-Link-7";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
        registry.add("clientele.mail.from", () -> "crm@example.test");
        registry.add("clientele.base-url", () -> BASE_URL + "/");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }

    @Test
    void anInvitedColleagueChoosesAPasswordThroughTheLinkOnce() throws Exception {
        PageClient admin = signedInAdministrator();
        HttpResponse<String> sent = admin.submit("/admin/users/invite", "/admin/users/invite", Map.of(
                "email", "Invited.Colleague@Example.test", "fullName", "Ines Invited", "roles", "SALES",
                "language", "de", "timeZone", "Europe/Berlin"));
        assertThat(sent.statusCode()).as("sending the invitation").isEqualTo(302);
        assertThat(flashOn(admin, location(sent))).contains("invited.colleague@example.test");

        MimeMessage mail = onlyMail();
        assertThat(recipients(mail)).containsExactly("invited.colleague@example.test");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("crm@example.test");
        assertThat(mail.getSubject()).as("subject in the invitee's language").isEqualTo("Einladung zu Clientele");
        assertThat(body(mail)).contains("Hallo Ines Invited", TestUsers.ADMIN_NAME, "7 Tagen");
        String link = link(mail, INVITATION_LINK);
        assertSignInRefused("invited.colleague@example.test", NEW_PASSWORD);

        PageClient invitee = new PageClient(port);
        HttpResponse<String> page = invitee.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("invited.colleague@example.test");
        HttpResponse<String> tooShort = invitee.submit(link, link, Map.of("password", "short", "passwordConfirmation", "short"));
        assertThat(tooShort.statusCode()).as("a password the policy refuses").isEqualTo(200);
        assertThat(Jsoup.parse(tooShort.body()).select("#password-errors").text()).contains("12");

        HttpResponse<String> accepted = invitee.submit(link, link,
                Map.of("password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD));
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(location(accepted)).isEqualTo("/login");
        assertThat(flashOn(invitee, "/login")).isNotBlank();
        new PageClient(port).signIn("invited.colleague@example.test", NEW_PASSWORD);

        assertThat(new PageClient(port).get(link).statusCode()).as("the link a second time").isEqualTo(410);
        HttpResponse<String> reused = new PageClient(port).get(link);
        assertThat(Jsoup.parse(reused.body()).select("[data-testid=link-unusable]")).isNotEmpty();
        long userId = userId("invited.colleague@example.test");
        assertThat(events(userId)).contains("USER_CREATED", "INVITATION_SENT", "INVITATION_ACCEPTED");
    }

    @Test
    void sendingAnInvitationAgainReplacesTheEarlierLink() throws Exception {
        PageClient admin = signedInAdministrator();
        HttpResponse<String> sent = admin.submit("/admin/users/invite", "/admin/users/invite", Map.of(
                "email", "resent@example.test", "fullName", "Rosa Resent", "roles", "SALES", "language", "en", "timeZone", "UTC"));
        String userPage = location(sent);
        String first = link(onlyMail(), INVITATION_LINK);
        greenMail.purgeEmailFromAllMailboxes();

        HttpResponse<String> resent = admin.submit(userPage, userPage + "/invitation", Map.of());
        assertThat(resent.statusCode()).isEqualTo(302);
        MimeMessage second = onlyMail();
        assertThat(second.getSubject()).isEqualTo("You are invited to Clientele");
        String current = link(second, INVITATION_LINK);

        assertThat(current).isNotEqualTo(first);
        assertThat(new PageClient(port).get(first).statusCode()).as("the replaced link").isEqualTo(410);
        assertThat(new PageClient(port).get(current).statusCode()).as("the new link").isEqualTo(200);
    }

    @Test
    void theTokenTableHoldsOnlyHashesOfTheLinks() throws Exception {
        PageClient admin = signedInAdministrator();
        admin.submit("/admin/users/invite", "/admin/users/invite", Map.of(
                "email", "hashed@example.test", "fullName", "Hana Hashed", "roles", "SALES", "language", "en", "timeZone", "UTC"));
        String token = link(onlyMail(), INVITATION_LINK).substring("/invitation/".length());

        List<Map<String, Object>> rows = jdbc.sql("select * from user_tokens where user_id = ?")
                .param(userId("hashed@example.test")).query().listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("token_hash").toString().strip()).isEqualTo(UserTokens.hash(token)).hasSize(64);
        assertThat(rows.get(0).values()).noneMatch(value -> value != null && value.toString().contains(token));
        assertThat(rows.get(0).get("purpose")).isEqualTo("INVITATION");
    }

    @Test
    void aForgottenPasswordIsReplacedThroughTheLinkOnce() throws Exception {
        TestAccounts.Account account = TestAccounts.create(context, "Fiona Forgetful", Set.of(Role.SALES));
        PageClient elsewhere = new PageClient(port);
        elsewhere.signIn(account.email(), account.password());
        jdbc.sql("update users set failed_logins = 3, locked_until = ? where id = ?")
                .params(Timestamp.from(Instant.now().plus(Duration.ofMinutes(30))), account.user().id()).update();

        PageClient visitor = new PageClient(port);
        assertThat(Jsoup.parse(visitor.get("/login").body()).select("a[href=/password-reset]")).isNotEmpty();
        HttpResponse<String> requested = requestReset(visitor, account.email());
        assertThat(location(requested)).isEqualTo("/login");
        MimeMessage mail = onlyMail();
        assertThat(mail.getSubject()).isEqualTo("Reset your Clientele password");
        String link = link(mail, RESET_LINK);

        assertThat(visitor.get(link).statusCode()).isEqualTo(200);
        HttpResponse<String> mismatch = visitor.submit(link, link, Map.of("password", NEW_PASSWORD, "passwordConfirmation", "other"));
        assertThat(mismatch.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(mismatch.body()).select("#passwordConfirmation-errors")).isNotEmpty();
        HttpResponse<String> done = visitor.submit(link, link, Map.of("password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD));
        assertThat(location(done)).isEqualTo("/login");

        assertThat(elsewhere.get("/").statusCode()).as("a session from before the reset").isEqualTo(302);
        assertSignInRefused(account.email(), account.password());
        new PageClient(port).signIn(account.email(), NEW_PASSWORD);
        assertThat(new PageClient(port).get(link).statusCode()).as("the link a second time").isEqualTo(410);
        assertThat(events(account.user().id())).contains("PASSWORD_RESET_REQUESTED", "PASSWORD_RESET_COMPLETED");
    }

    @Test
    void anExpiredResetLinkIsRefused() throws Exception {
        TestAccounts.Account account = TestAccounts.create(context, "Eric Expired", Set.of(Role.SALES));
        requestReset(new PageClient(port), account.email());
        String link = link(onlyMail(), RESET_LINK);
        int expired = jdbc.sql("update user_tokens set expires_at = ? where token_hash = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), UserTokens.hash(link.substring("/password-reset/".length())))
                .update();
        assertThat(expired).isEqualTo(1);

        PageClient visitor = new PageClient(port);
        assertThat(visitor.get(link).statusCode()).isEqualTo(410);
        new PageClient(port).signIn(account.email(), account.password());
    }

    @Test
    void unknownAndDeactivatedAddressesGetTheSameAnswerAndNoMail() throws Exception {
        TestAccounts.Account known = TestAccounts.create(context, "Kim Known", Set.of(Role.SALES));
        TestAccounts.Account gone = TestAccounts.create(context, "Dan Deactivated", Set.of(Role.SALES));
        jdbc.sql("update users set active = false where id = ?").param(gone.user().id()).update();

        PageClient unknownVisitor = new PageClient(port);
        HttpResponse<String> unknown = requestReset(unknownVisitor, "nobody-here@example.test");
        String unknownAnswer = flashOn(unknownVisitor, location(unknown));
        PageClient goneVisitor = new PageClient(port);
        HttpResponse<String> deactivated = requestReset(goneVisitor, gone.email());
        String deactivatedAnswer = flashOn(goneVisitor, location(deactivated));
        PageClient knownVisitor = new PageClient(port);
        HttpResponse<String> existing = requestReset(knownVisitor, known.email());
        String knownAnswer = flashOn(knownVisitor, location(existing));

        assertThat(List.of(unknown.statusCode(), deactivated.statusCode())).containsOnly(existing.statusCode());
        assertThat(List.of(location(unknown), location(deactivated))).containsOnly(location(existing));
        assertThat(knownAnswer).isNotBlank();
        assertThat(List.of(unknownAnswer, deactivatedAnswer)).containsOnly(knownAnswer);
        assertThat(recipients(onlyMail())).as("the one mail sent").containsExactly(known.email());
    }

    @Test
    void anAccountGetsAtMostThreeResetMailsAnHour() throws Exception {
        TestAccounts.Account account = TestAccounts.create(context, "Rita Repeated", Set.of(Role.SALES));
        TestAccounts.Account control = TestAccounts.create(context, "Carl Control", Set.of(Role.SALES));
        for (int request = 0; request < 4; request++) {
            assertThat(location(requestReset(new PageClient(port), account.email()))).isEqualTo("/login");
        }
        requestReset(new PageClient(port), control.email());

        assertThat(greenMail.waitForIncomingEmail(MAIL_WAIT.toMillis(), 4)).isTrue();
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(MailedLinksTests::recipients).flatMap(List::stream))
                .containsExactlyInAnyOrder(account.email(), account.email(), account.email(), control.email());
    }

    private PageClient signedInAdministrator() {
        PageClient admin = new PageClient(port);
        admin.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        return admin;
    }

    private static HttpResponse<String> requestReset(PageClient client, String email) {
        HttpResponse<String> response = client.submit("/password-reset", "/password-reset", Map.of("email", email));
        assertThat(response.statusCode()).as("requesting a reset for %s", email).isEqualTo(302);
        return response;
    }

    private void assertSignInRefused(String email, String password) {
        HttpResponse<String> response = new PageClient(port).submit("/login", "/login", Map.of("email", email, "password", password));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).as("where signing in as %s leads", email).startsWith("/login?");
    }

    private static MimeMessage onlyMail() {
        assertThat(greenMail.waitForIncomingEmail(MAIL_WAIT.toMillis(), 1)).as("a mail arrived").isTrue();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static String link(MimeMessage mail, Pattern pattern) throws Exception {
        Matcher matcher = pattern.matcher(body(mail));
        assertThat(matcher.find()).as("a link matching %s in the mail", pattern).isTrue();
        return matcher.group(1);
    }

    private static String body(MimeMessage mail) throws Exception {
        return mail.getContent().toString();
    }

    private static List<String> recipients(MimeMessage mail) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        }
        catch (jakarta.mail.MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String flashOn(PageClient client, String path) {
        Document page = Jsoup.parse(client.get(path).body());
        return page.select("[data-testid=flash]").text();
    }

    private static String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private long userId(String email) {
        return jdbc.sql("select id from users where email = ?").param(email).query(Long.class).single();
    }

    private List<String> events(long userId) {
        return jdbc.sql("select event_type from security_events where user_id = ?").param(userId).query(String.class).list();
    }
}
