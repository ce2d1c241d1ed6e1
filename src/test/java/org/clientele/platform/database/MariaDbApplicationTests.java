package org.clientele.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import javax.imageio.ImageIO;

import jakarta.servlet.http.Cookie;
import org.clientele.identity.ApiTokens;
import org.clientele.identity.CreatedPersonalAccessToken;
import org.clientele.identity.NewPersonalAccessToken;
import org.clientele.identity.PersonalAccessTokens;
import org.clientele.identity.Role;
import org.clientele.identity.UserAvatars;
import org.clientele.platform.SystemSettings;
import org.clientele.testing.AuthenticatorApp;
import org.clientele.testing.MariaDbTestDatabase;
import org.clientele.testing.PageSessions;
import org.clientele.testing.RequiresMariaDb;
import org.clientele.testing.TestAccounts;
import org.clientele.testing.TestUsers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The same application on MariaDB: the MySQL-family migrations apply and pass Hibernate's schema
 * validation, and the parts that use vendor-specific SQL work.
 */
@RequiresMariaDb
@SpringBootTest(properties = {
        "clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
        "clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD})
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
@AutoConfigureMockMvc
class MariaDbApplicationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    SystemSettings settings;

    @Test
    void runsOnMariaDb() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).containsIgnoringCase("mariadb");
    }

    @Test
    void bootstrapAdministratorIsCreatedAndAudited() {
        assertThat(jdbc.sql("select count(*) from users u join user_roles r on r.user_id = u.id where u.email = ? and r.role = 'ADMINISTRATOR'")
                .param(TestUsers.ADMIN_EMAIL).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from users_aud a join audit_revisions r on r.id = a.rev where a.email = ? and a.revtype = 0")
                .param(TestUsers.ADMIN_EMAIL).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void apiTokensWork() {
        String token = tokens.issue(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD).accessToken();

        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .hasStatusOk()
                .bodyJson().extractingPath("$.email").asString().isEqualTo(TestUsers.ADMIN_EMAIL);
        assertThat(mvc.post().uri("/api/v1/teams").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType("application/json").content("{\"name\": \"MariaDB team\"}")).hasStatus(201);
        assertThat(mvc.get().uri("/api/v1/teams?limit=1").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .hasStatusOk()
                .bodyJson().extractingPath("$.data").asArray().hasSize(1);
    }

    @Test
    void personalAccessTokensWork(@Autowired PersonalAccessTokens personalTokens) {
        long adminId = jdbc.sql("select id from users where email = ?").param(TestUsers.ADMIN_EMAIL).query(Long.class).single();
        CreatedPersonalAccessToken created = personalTokens.create(adminId,
                new NewPersonalAccessToken("MariaDB", Set.of("users:read"), Instant.now().plus(1, ChronoUnit.DAYS)));

        assertThat(mvc.get().uri("/api/v1/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + created.secret())).hasStatusOk();
        assertThat(jdbc.sql("select count(*) from personal_access_tokens where id = ? and last_used_at is not null")
                .param(created.token().id()).query(Integer.class).single()).isEqualTo(1);

        personalTokens.revokeOwn(adminId, created.token().id());

        assertThat(mvc.get().uri("/api/v1/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + created.secret()))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void pagesKeepTheirSessionInTheDatabase() {
        assertThat(mvc.get().uri("/login")).hasStatusOk();

        assertThat(jdbc.sql("select count(*) from SPRING_SESSION").query(Integer.class).single()).isPositive();
    }

    @Test
    void administrationPagesWork() {
        var session = PageSessions.signInAsAdministrator(mvc);

        assertThat(mvc.get().uri("/admin/jobs").cookie(session)).hasStatusOk()
                .bodyText().contains("event-publication-maintenance");
        assertThat(mvc.get().uri("/admin/users?sort=-createdAt").cookie(session)).hasStatusOk()
                .bodyText().contains(TestUsers.ADMIN_EMAIL);
        assertThat(mvc.get().uri("/admin/teams").cookie(session)).hasStatusOk();
        assertThat(mvc.get().uri("/admin/security-events").cookie(session)).hasStatusOk()
                .bodyText().contains(TestUsers.ADMIN_EMAIL);
    }

    @Test
    void twoFactorSignInWorks(@Autowired ApplicationContext context) throws Exception {
        TestAccounts.Account account = TestAccounts.create(context, "Maria DB", Set.of(Role.SALES));
        Cookie session = PageSessions.signIn(mvc, account.email(), account.password());
        String secret = Jsoup.parse(mvc.get().uri("/profile/two-factor/enrolment").cookie(session).exchange().getResponse()
                .getContentAsString()).select("#totp-secret").text();
        AuthenticatorApp app = AuthenticatorApp.withKey(secret);
        assertThat(mvc.post().uri("/profile/two-factor/enrolment").cookie(session).with(csrf()).param("code", app.nextCode()))
                .hasStatusOk().hasViewName("identity/two-factor-recovery-codes");

        MvcTestResult password = mvc.post().uri("/login").param("email", account.email()).param("password", account.password())
                .with(csrf()).exchange();
        assertThat(password).hasRedirectedUrl("/login/code");
        String code = app.nextCode();
        assertThat(mvc.post().uri("/login/code").cookie(password.getResponse().getCookie(PageSessions.COOKIE)).with(csrf())
                .param("code", code)).hasRedirectedUrl("/");

        String body = "{\"email\":\"" + account.email() + "\",\"password\":\"" + account.password() + "\",\"otp\":\"%s\"}";
        assertThat(mvc.post().uri("/api/v1/auth/token").contentType("application/json").content(body.formatted(code)))
                .as("a code used once is refused").hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.post().uri("/api/v1/auth/token").contentType("application/json").content(body.formatted(app.nextCode())))
                .hasStatusOk();
        assertThat(jdbc.sql("select secret_sealed from user_two_factor where user_id = ?").param(account.user().id())
                .query(String.class).single()).startsWith("v1.").doesNotContain(secret.replace(" ", ""));
    }

    @Test
    void profilePicturesAreStoredAndReplaced(@Autowired UserAvatars avatars) throws Exception {
        long adminId = jdbc.sql("select id from users where email = ?").param(TestUsers.ADMIN_EMAIL).query(Long.class).single();
        avatars.change(adminId, png(Color.RED));
        avatars.change(adminId, png(Color.BLUE));

        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(avatars.find(adminId).orElseThrow().png()));
        assertThat(stored.getWidth()).isEqualTo(256);
        assertThat(new Color(stored.getRGB(128, 128))).isEqualTo(Color.BLUE);
        assertThat(jdbc.sql("select count(*) from user_avatars where user_id = ?").param(adminId).query(Integer.class).single())
                .isEqualTo(1);
        avatars.remove(adminId);
        assertThat(avatars.find(adminId)).isEmpty();
    }

    private static byte[] png(Color color) throws Exception {
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, 600, 400);
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    @Test
    void settingsAreStoredOnceUnderRaces() {
        assertThat(settings.putIfAbsent("test.mariadb.once", "first")).isTrue();
        assertThat(settings.putIfAbsent("test.mariadb.once", "second")).isFalse();
        settings.put("test.mariadb.once", "third");

        assertThat(settings.find("test.mariadb.once")).contains("third");
    }

    @Test
    void jobsAndEventTablesAreUsable(@Autowired IncompleteEventPublications incomplete,
            @Autowired CompletedEventPublications completed) {
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(5));
        completed.deletePublicationsOlderThan(Duration.ofDays(7));

        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'event-publication-maintenance'")
                .query(Integer.class).single()).isEqualTo(1);
    }
}
