package org.clientele.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.apache.commons.codec.binary.Base32;
import org.clientele.testing.AuthenticatorApp;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Two-factor sign-in through the real pages: enrolment on the profile, the password and then the
 * code at sign-in, wrong and replayed codes, recovery codes, the lockout, the role requirement and
 * the administrator's reset. Sign-in attempts come from an address of their own, so that the
 * failures they cause do not throttle other tests sharing the application.
 */
@ClienteleTest
class TwoFactorSignInTests {

    private static final String ADDRESS = "192.0.2.44";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecurityLog securityLog;

    @Autowired
    MessageSource messages;

    @AfterEach
    void requireTwoFactorForNoRole() {
        jdbc.sql("delete from system_settings where setting_key = ?").param(TwoFactorPolicy.SETTING).update();
    }

    @Test
    void enrolmentShowsAQrCodeAndTheKeyAndStoresTheKeyOnlyEncrypted() throws Exception {
        TestAccounts.Account account = TestAccounts.create(context, "Erin Enrol", Set.of(Role.SALES));
        Cookie session = PageSessions.signIn(mvc, account.email(), account.password());

        MvcTestResult page = mvc.get().uri("/profile/two-factor/enrolment").cookie(session).exchange();

        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        Document enrolment = html(page);
        String secret = enrolment.select("#totp-secret").text().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(enrolment.select("img[data-testid=totp-qr-code]").attr("src")).startsWith("data:image/svg+xml;base64,");
        assertThat(enrolment.select("#code").attr("autocomplete")).isEqualTo("one-time-code");
        assertThat(enrolment.select("#code").attr("inputmode")).isEqualTo("numeric");
        assertThat(enrolment.select("form[action=/profile/two-factor/enrolment] input[name=_csrf]")).isNotEmpty();
        assertThat(html(mvc.get().uri("/profile/two-factor/enrolment").cookie(session).exchange()).select("#totp-secret").text()
                .replace(" ", "")).as("the same key until it is confirmed").isEqualTo(secret);

        MvcTestResult wrong = mvc.post().uri("/profile/two-factor/enrolment").cookie(session).with(csrf())
                .param("code", AuthenticatorApp.withKey(secret).staleCode()).exchange();
        assertThat(wrong).hasStatusOk().hasViewName("identity/two-factor-enrolment");
        assertThat(html(wrong).select("#code-errors").text()).isNotBlank();
        assertThat(enabled(account.user().id())).isFalse();

        AuthenticatorApp app = AuthenticatorApp.withKey(secret);
        MvcTestResult confirmed = mvc.post().uri("/profile/two-factor/enrolment").cookie(session).with(csrf())
                .param("code", app.nextCode()).exchange();

        assertThat(confirmed).hasStatusOk().hasViewName("identity/two-factor-recovery-codes");
        assertThat(confirmed.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        List<String> codes = recoveryCodes(confirmed);
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[2-9a-z]{5}-[2-9a-z]{5}"));
        assertThat(enabled(account.user().id())).isTrue();
        assertThat(events(account.user().id(), SecurityEventType.TWO_FACTOR_ENABLED)).isEqualTo(1);

        String stored = jdbc.sql("select secret_sealed from user_two_factor where user_id = ?").param(account.user().id())
                .query(String.class).single();
        byte[] key = new Base32().decode(secret);
        assertThat(stored).startsWith("v1.").doesNotContain(secret).doesNotContain(secret.toLowerCase())
                .doesNotContain(java.util.HexFormat.of().formatHex(key));
        assertThat(new String(java.util.Base64.getUrlDecoder().decode(stored.substring(stored.lastIndexOf('.') + 1)),
                java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(new String(key, java.nio.charset.StandardCharsets.ISO_8859_1));
        List<String> hashes = jdbc.sql("select code_hash from user_recovery_codes where user_id = ?").param(account.user().id())
                .query(String.class).list();
        assertThat(hashes).hasSize(10).allMatch(hash -> hash.matches("[0-9a-f]{64}")).doesNotContainAnyElementsOf(codes);

        Document overview = html(mvc.get().uri("/profile/two-factor").cookie(session).exchange());
        assertThat(overview.select("[data-testid=two-factor-status]").text()).contains("10");
        assertThat(mvc.get().uri("/profile/two-factor/enrolment").cookie(session).exchange())
                .as("no second enrolment while it is on").hasRedirectedUrl("/profile/two-factor");
    }

    @Test
    void theRightCodeSignsInAfterThePasswordAndOnlyThen() throws Exception {
        Enrolled user = enrol("Paula Password");
        long succeededBefore = events(user.id(), SecurityEventType.LOGIN_SUCCEEDED);

        MvcTestResult password = passwordStep(user);

        assertThat(password).hasStatus3xxRedirection().hasRedirectedUrl("/login/code");
        Cookie pending = password.getResponse().getCookie(PageSessions.COOKIE);
        assertThat(pending).isNotNull();
        assertThat(redirectPath(mvc.get().uri("/").cookie(pending).exchange())).as("not signed in with the password alone")
                .isEqualTo("/login");
        assertThat(events(user.id(), SecurityEventType.LOGIN_SUCCEEDED)).as("no sign-in logged before the code")
                .isEqualTo(succeededBefore);
        Document codePage = html(mvc.get().uri("/login/code").cookie(pending).exchange());
        assertThat(codePage.select("#code").attr("autocomplete")).isEqualTo("one-time-code");
        assertThat(codePage.select("#code").attr("inputmode")).isEqualTo("numeric");
        assertThat(codePage.select("#code").hasAttr("autofocus")).isTrue();
        assertThat(codePage.select("label[for=code]").text()).isNotBlank();
        assertThat(codePage.select("form[action=/login/code] input[name=_csrf]")).isNotEmpty();

        MvcTestResult wrong = codeStep(pending, user.app().staleCode());

        assertThat(wrong).hasStatus3xxRedirection().hasRedirectedUrl("/login/code?error");
        Document errorPage = html(mvc.get().uri("/login/code?error").cookie(pending).exchange());
        assertThat(errorPage.select("#code-error").text()).isEqualTo(messages.getMessage("login.code.error", null, Locale.ENGLISH));
        assertThat(errorPage.select("#code").attr("aria-describedby")).contains("code-error");
        assertThat(events(user.id(), SecurityEventType.TWO_FACTOR_CODE_REJECTED)).isEqualTo(1);
        assertThat(failedLogins(user.id())).as("counted towards the lockout").isEqualTo(1);
        assertThat(mvc.get().uri("/").cookie(pending).exchange()).hasStatus3xxRedirection();

        MvcTestResult right = codeStep(pending, user.app().nextCode());

        assertThat(redirectPath(right)).as("on to the page first asked for").isEqualTo("/");
        Cookie signedIn = right.getResponse().getCookie(PageSessions.COOKIE);
        assertThat(signedIn).as("a new session id once signed in").isNotNull();
        assertThat(signedIn.getValue()).isNotEqualTo(pending.getValue());
        assertThat(mvc.get().uri("/").cookie(signedIn).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/").cookie(pending).exchange()).as("the old session id is worthless")
                .hasStatus3xxRedirection();
        assertThat(events(user.id(), SecurityEventType.LOGIN_SUCCEEDED)).as("one sign-in logged").isEqualTo(succeededBefore + 1);
        assertThat(lastDetail(user.id(), SecurityEventType.LOGIN_SUCCEEDED)).isEqualTo("form with an authenticator code");
        assertThat(failedLogins(user.id())).isZero();
        assertThat(mvc.get().uri("/login/code").cookie(signedIn).exchange()).as("nothing awaits a code any more")
                .hasRedirectedUrl("/login");
    }

    @Test
    void aCodeIsAcceptedOnceAndThenTheNextSignInNeedsANewOne() throws Exception {
        Enrolled user = enrol("Rita Replay");
        String code = user.app().nextCode();
        Cookie first = passwordStep(user).getResponse().getCookie(PageSessions.COOKIE);
        assertThat(redirectPath(codeStep(first, code))).isEqualTo("/");

        Cookie second = passwordStep(user).getResponse().getCookie(PageSessions.COOKIE);

        assertThat(codeStep(second, code)).as("the same code again").hasRedirectedUrl("/login/code?error");
        assertThat(codeStep(second, user.app().code(user.app().lastStep() - 1))).as("an earlier code")
                .hasRedirectedUrl("/login/code?error");
        assertThat(redirectPath(codeStep(second, user.app().nextCode()))).isEqualTo("/");
    }

    @Test
    void aRecoveryCodeSignsInOnce() throws Exception {
        Enrolled user = enrol("Ravi Recovery");
        Cookie pending = passwordStep(user).getResponse().getCookie(PageSessions.COOKIE);
        Document recoveryPage = html(mvc.get().uri("/login/code?recovery").cookie(pending).exchange());
        assertThat(recoveryPage.select("#recovery-code")).hasSize(1);
        assertThat(recoveryPage.select("#recovery-code").attr("inputmode")).as("letters must be typeable").isNotEqualTo("numeric");
        assertThat(recoveryPage.select("#code")).isEmpty();

        MvcTestResult signedIn = codeStep(pending, user.recoveryCodes().get(3).toUpperCase().replace("-", " "));

        assertThat(redirectPath(signedIn)).isEqualTo("/");
        assertThat(events(user.id(), SecurityEventType.RECOVERY_CODE_USED)).isEqualTo(1);
        assertThat(lastDetail(user.id(), SecurityEventType.RECOVERY_CODE_USED)).isEqualTo("9 left");
        assertThat(lastDetail(user.id(), SecurityEventType.LOGIN_SUCCEEDED)).isEqualTo("form with a recovery code");

        Cookie again = passwordStep(user).getResponse().getCookie(PageSessions.COOKIE);
        assertThat(mvc.post().uri("/login/code?recovery=").cookie(again).param("code", user.recoveryCodes().get(3)).with(csrf())
                .with(from(ADDRESS)).exchange()).as("used up").hasRedirectedUrl("/login/code?recovery&error");
        assertThat(html(mvc.get().uri("/login/code?recovery&error").cookie(again).exchange()).select("#code-error").text())
                .isEqualTo(messages.getMessage("login.code.recovery-error", null, Locale.ENGLISH));
        assertThat(redirectPath(codeStep(again, user.recoveryCodes().get(4)))).isEqualTo("/");
    }

    @Test
    void wrongCodesLockTheAccountAndCountTowardsTheAddressThrottle() throws Exception {
        Enrolled user = enrol("Luca Lockout");
        int addressFailuresBefore = securityLog.recentFailuresFrom(ADDRESS, Duration.ofMinutes(15));
        Cookie pending = passwordStep(user).getResponse().getCookie(PageSessions.COOKIE);

        for (int i = 1; i < 10; i++) {
            assertThat(codeStep(pending, user.app().staleCode())).as("wrong code %d", i).hasRedirectedUrl("/login/code?error");
        }
        assertThat(codeStep(pending, user.app().staleCode())).as("the tenth wrong code").hasRedirectedUrl("/login?locked");

        assertThat(events(user.id(), SecurityEventType.ACCOUNT_LOCKED)).isEqualTo(1);
        assertThat(securityLog.recentFailuresFrom(ADDRESS, Duration.ofMinutes(15))).isEqualTo(addressFailuresBefore + 10);
        assertThat(codeStep(pending, user.app().nextCode())).as("nothing awaits a code after the lock")
                .hasRedirectedUrl("/login?expired");
        assertThat(passwordStep(user)).as("even the right password, while locked").hasRedirectedUrl("/login?locked");
    }

    @Test
    void aSignInThatWaitsForNoCodeLeadsBackToThePassword() {
        assertThat(mvc.get().uri("/login/code").exchange()).hasStatus3xxRedirection().hasRedirectedUrl("/login");
        assertThat(mvc.post().uri("/login/code").param("code", "123456").with(csrf()).with(from(ADDRESS)).exchange())
                .hasRedirectedUrl("/login?expired");
        assertThat(mvc.post().uri("/login/code").param("code", "123456").with(from(ADDRESS)).exchange())
                .as("without the CSRF token").hasStatus(403);
        assertThat(html(mvc.get().uri("/login?expired").exchange()).select("[data-testid=login-expired]").text()).isNotBlank();
    }

    @Test
    void tokenEndpointWantsTheCodeOfUsersWithTwoFactorSignIn() throws Exception {
        Enrolled user = enrol("Tomás Token");

        MvcTestResult missing = token(user, null);
        assertThat(missing).hasStatus(401).hasContentType("application/problem+json");
        assertThat(missing).bodyJson().extractingPath("$.reason").isEqualTo("otp_required");
        assertThat(missing).bodyJson().extractingPath("$.detail").asString().contains("otp");
        assertThat(missing.getResponse().getContentAsString()).doesNotContain("accessToken");
        assertThat(events(user.id(), SecurityEventType.TWO_FACTOR_CODE_REJECTED)).as("a missing code is no failure").isZero();

        MvcTestResult wrong = token(user, user.app().staleCode());
        assertThat(wrong).hasStatus(401);
        assertThat(wrong).bodyJson().extractingPath("$.reason").isEqualTo("otp_invalid");
        assertThat(lastDetail(user.id(), SecurityEventType.TWO_FACTOR_CODE_REJECTED)).isEqualTo("api");
        assertThat(failedLogins(user.id())).isEqualTo(1);

        assertThat(token(user, user.recoveryCodes().get(0))).as("no recovery codes through the API").hasStatus(401);

        String code = user.app().nextCode();
        MvcTestResult issued = token(user, code);
        assertThat(issued).hasStatusOk();
        String accessToken = issued.getResponse().getContentAsString().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)).hasStatusOk();
        assertThat(lastDetail(user.id(), SecurityEventType.LOGIN_SUCCEEDED)).isEqualTo("api with an authenticator code");

        assertThat(token(user, code)).as("the same code again").hasStatus(401);
    }

    @Test
    void aRoleThatRequiresItSendsItsHoldersToEnrolFirst() throws Exception {
        TestAccounts.Account marketer = TestAccounts.create(context, "Mara Marketing", Set.of(Role.MARKETING));
        TestAccounts.Account seller = TestAccounts.create(context, "Sid Sales", Set.of(Role.SALES));
        Cookie admin = PageSessions.signInAsAdministrator(mvc);
        Document policyPage = html(mvc.get().uri("/admin/two-factor").cookie(admin).exchange());
        assertThat(policyPage.select("input[type=checkbox][name=roles]")).hasSize(Role.values().length);

        assertThat(mvc.post().uri("/admin/two-factor").cookie(admin).with(csrf()).param("roles", "MARKETING").exchange())
                .hasRedirectedUrl("/admin/two-factor");

        assertThat(html(mvc.get().uri("/admin/two-factor").cookie(admin).exchange()).select("input[value=MARKETING]").hasAttr("checked"))
                .isTrue();
        assertThat(lastDetail(null, SecurityEventType.TWO_FACTOR_POLICY_CHANGED)).isEqualTo("required for [MARKETING]");
        Cookie marketing = PageSessions.signIn(mvc, marketer.email(), marketer.password());
        assertThat(mvc.get().uri("/").cookie(marketing).exchange()).hasRedirectedUrl("/profile/two-factor/enrolment");
        assertThat(mvc.get().uri("/profile/tokens").cookie(marketing).exchange()).hasRedirectedUrl("/profile/two-factor/enrolment");
        Cookie sales = PageSessions.signIn(mvc, seller.email(), seller.password());
        assertThat(mvc.get().uri("/").cookie(sales).exchange()).as("other roles are not affected").hasStatusOk();

        MvcTestResult apiToken = mvc.post().uri("/api/v1/auth/token").with(from(ADDRESS)).contentType("application/json")
                .content("{\"email\":\"" + marketer.email() + "\",\"password\":\"" + marketer.password() + "\"}").exchange();
        assertThat(apiToken).hasStatus(403).hasContentType("application/problem+json");
        assertThat(apiToken).bodyJson().extractingPath("$.reason").isEqualTo("two_factor_enrolment_required");

        Document enrolment = html(mvc.get().uri("/profile/two-factor/enrolment").cookie(marketing).exchange());
        assertThat(enrolment.select("[data-testid=two-factor-required]")).isNotEmpty();
        AuthenticatorApp app = AuthenticatorApp.withKey(enrolment.select("#totp-secret").text());
        assertThat(mvc.post().uri("/profile/two-factor/enrolment").cookie(marketing).with(csrf()).param("code", app.nextCode())
                .exchange()).hasStatusOk().hasViewName("identity/two-factor-recovery-codes");

        assertThat(mvc.get().uri("/").cookie(marketing).exchange()).hasStatusOk();
        MvcTestResult disable = mvc.post().uri("/profile/two-factor/disable").cookie(marketing).with(csrf())
                .param("currentPassword", marketer.password()).exchange();
        assertThat(disable).as("cannot be switched off while required").hasStatusOk();
        assertThat(html(disable).select("#currentPassword-errors").text()).isNotBlank();
        assertThat(enabled(marketer.user().id())).isTrue();
    }

    @Test
    void anAdministratorResetsItAndTheUserIsSignedOut() throws Exception {
        Enrolled user = enrol("Olga Lost-Phone");
        Cookie theirs = signInWithCode(user);
        Cookie admin = PageSessions.signInAsAdministrator(mvc);
        Document userPage = html(mvc.get().uri("/admin/users/" + user.id()).cookie(admin).exchange());
        String resetPath = userPage.select("[data-testid=two-factor-reset]").attr("href");
        assertThat(resetPath).isEqualTo("/admin/users/" + user.id() + "/two-factor/reset");
        assertThat(mvc.get().uri(resetPath).cookie(admin).exchange()).hasStatusOk();

        assertThat(mvc.post().uri(resetPath).cookie(admin).with(csrf()).exchange()).hasRedirectedUrl("/admin/users/" + user.id());

        assertThat(jdbc.sql("select count(*) from user_two_factor where user_id = ?").param(user.id()).query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from user_recovery_codes where user_id = ?").param(user.id()).query(Integer.class)
                .single()).isZero();
        assertThat(lastDetail(user.id(), SecurityEventType.TWO_FACTOR_RESET)).startsWith("by user ");
        assertThat(mvc.get().uri("/").cookie(theirs).exchange()).as("their session ended").hasStatus3xxRedirection();
        assertThat(passwordStep(user)).as("the password alone signs in again").hasRedirectedUrl("/");
        assertThat(html(mvc.get().uri("/admin/users/" + user.id()).cookie(admin).exchange())
                .select("[data-testid=two-factor-reset]")).isEmpty();
    }

    @Test
    void usersRenewTheirRecoveryCodesAndSwitchItOffWithTheirPassword() throws Exception {
        Enrolled user = enrol("Nora Renew");
        Cookie session = signInWithCode(user);

        MvcTestResult wrongPassword = mvc.post().uri("/profile/two-factor/recovery-codes").cookie(session).with(csrf())
                .param("currentPassword", "not-the-password").exchange();
        assertThat(wrongPassword).hasStatusOk().hasViewName("identity/two-factor-confirm");
        assertThat(html(wrongPassword).select("#currentPassword-errors").text()).isNotBlank();

        MvcTestResult renewed = mvc.post().uri("/profile/two-factor/recovery-codes").cookie(session).with(csrf())
                .param("currentPassword", user.password()).exchange();
        List<String> fresh = recoveryCodes(renewed);
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(user.recoveryCodes());
        assertThat(events(user.id(), SecurityEventType.RECOVERY_CODES_RENEWED)).isEqualTo(1);
        Cookie pending = passwordStep(user).getResponse().getCookie(PageSessions.COOKIE);
        assertThat(codeStep(pending, user.recoveryCodes().get(0))).as("an old code").hasRedirectedUrl("/login/code?error");
        assertThat(redirectPath(codeStep(pending, fresh.get(0)))).isEqualTo("/");

        assertThat(mvc.post().uri("/profile/two-factor/disable").cookie(session).with(csrf())
                .param("currentPassword", "not-the-password").exchange()).hasStatusOk();
        assertThat(enabled(user.id())).isTrue();
        assertThat(mvc.post().uri("/profile/two-factor/disable").cookie(session).with(csrf())
                .param("currentPassword", user.password()).exchange()).hasRedirectedUrl("/profile/two-factor");

        assertThat(events(user.id(), SecurityEventType.TWO_FACTOR_DISABLED)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from user_recovery_codes where user_id = ?").param(user.id()).query(Integer.class)
                .single()).isZero();
        assertThat(passwordStep(user)).hasRedirectedUrl("/");
    }

    /** A new sales user who signed in with the password alone and switched two-factor sign-in on. */
    private Enrolled enrol(String name) throws Exception {
        TestAccounts.Account account = TestAccounts.create(context, name, Set.of(Role.SALES));
        Cookie session = PageSessions.signIn(mvc, account.email(), account.password());
        String secret = html(mvc.get().uri("/profile/two-factor/enrolment").cookie(session).exchange()).select("#totp-secret").text();
        AuthenticatorApp app = AuthenticatorApp.withKey(secret);
        MvcTestResult confirmed = mvc.post().uri("/profile/two-factor/enrolment").cookie(session).with(csrf())
                .param("code", app.nextCode()).exchange();
        assertThat(confirmed).hasStatusOk().hasViewName("identity/two-factor-recovery-codes");
        return new Enrolled(account, app, recoveryCodes(confirmed));
    }

    private Cookie signInWithCode(Enrolled user) {
        Cookie pending = passwordStep(user).getResponse().getCookie(PageSessions.COOKIE);
        MvcTestResult signedIn = codeStep(pending, user.app().nextCode());
        assertThat(signedIn).hasStatus3xxRedirection();
        return signedIn.getResponse().getCookie(PageSessions.COOKIE);
    }

    private MvcTestResult passwordStep(Enrolled user) {
        return mvc.post().uri("/login").param("email", user.account().email()).param("password", user.password())
                .with(csrf()).with(from(ADDRESS)).exchange();
    }

    private MvcTestResult codeStep(Cookie session, String code) {
        return mvc.post().uri("/login/code").cookie(session).param("code", code).with(csrf()).with(from(ADDRESS)).exchange();
    }

    private MvcTestResult token(Enrolled user, String otp) {
        String body = "{\"email\":\"" + user.account().email() + "\",\"password\":\"" + user.password() + "\""
                + (otp == null ? "" : ",\"otp\":\"" + otp + "\"") + "}";
        return mvc.post().uri("/api/v1/auth/token").with(from(ADDRESS)).contentType("application/json").content(body).exchange();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static List<String> recoveryCodes(MvcTestResult page) throws Exception {
        return Arrays.stream(html(page).select("#recovery-codes").text().split("\\s+")).filter(code -> !code.isBlank()).toList();
    }

    private static String redirectPath(MvcTestResult result) {
        assertThat(result).hasStatus3xxRedirection();
        return URI.create(result.getResponse().getRedirectedUrl()).getPath();
    }

    private static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString());
        }
        catch (java.io.UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private boolean enabled(long userId) {
        return jdbc.sql("select count(*) from user_two_factor where user_id = ? and enabled_at is not null").param(userId)
                .query(Integer.class).single() == 1;
    }

    private int failedLogins(long userId) {
        return jdbc.sql("select failed_logins from users where id = ?").param(userId).query(Integer.class).single();
    }

    private long events(long userId, SecurityEventType type) {
        return jdbc.sql("select count(*) from security_events where user_id = ? and event_type = ?")
                .params(userId, type.name()).query(Long.class).single();
    }

    /** The detail of the latest event of the type, for the user or (with {@code null}) for anyone. */
    private String lastDetail(Long userId, SecurityEventType type) {
        return jdbc.sql("select detail from security_events where event_type = ?" + (userId == null ? "" : " and user_id = " + userId)
                        + " order by id desc limit 1")
                .param(type.name()).query(String.class).single();
    }

    private record Enrolled(TestAccounts.Account account, AuthenticatorApp app, List<String> recoveryCodes) {

        long id() {
            return account.user().id();
        }

        String password() {
            return account.password();
        }
    }
}
