package org.clientele.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.clientele.testing.PageSessions;
import org.clientele.testing.PostgresTestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The first start of an empty installation: everything leads to the setup page until it has
 * created the first administrator, and nothing leads there afterwards. Runs on a database of its
 * own with no administrator; the steps build on each other, in order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clientele.bootstrap-admin.email=", "clientele.demo=false"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SetupFlowTests {

    private static final String NAME = "Olivia Owner";
    private static final String EMAIL = "olivia.owner@clientele.test";
    private static final String PASSWORD = "Setup-Owner-Password-7";
    private static final int DEMO_COLLEAGUES = 6;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    @Order(1)
    void beforeSetupEveryPageLeadsToTheSetupPage() {
        for (String path : List.of("/", "/profile", "/login", "/admin/jobs")) {
            assertThat(mvc.get().uri(path).exchange()).as(path).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/setup");
        }
    }

    @Test
    @Order(2)
    void beforeSetupAssetsHealthAndTheSetupPageAreServed() throws Exception {
        MvcTestResult css = mvc.get().uri("/css/clientele.css").exchange();
        assertThat(css).hasStatusOk().hasContentTypeCompatibleWith("text/css");

        MvcTestResult health = mvc.get().uri("/actuator/health").exchange();
        assertThat(health).hasStatusOk();
        assertThat(health).bodyJson().extractingPath("$.status").asString().isEqualTo("UP");

        MvcTestResult setup = mvc.get().uri("/setup").exchange();
        assertThat(setup).hasStatusOk().hasViewName("identity/setup");
        assertThat(Jsoup.parse(setup.getResponse().getContentAsString()).select("form[action=\"/setup\"] input[name=email]")).hasSize(1);
    }

    @Test
    @Order(3)
    void beforeSetupApiCallsAnswerSetupRequired() throws Exception {
        MvcTestResult me = mvc.get().uri("/api/v1/me").exchange();
        assertThat(me).hasStatus(HttpStatus.SERVICE_UNAVAILABLE).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(me).bodyJson().extractingPath("$.type").asString().isEqualTo("urn:clientele:problem:setup-required");
        assertThat(me).bodyJson().extractingPath("$.status").asNumber().isEqualTo(503);

        MvcTestResult token = mvc.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"" + EMAIL + "\", \"password\": \"" + PASSWORD + "\"}").exchange();
        assertThat(token).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(token).bodyJson().extractingPath("$.type").asString().isEqualTo("urn:clientele:problem:setup-required");
    }

    @Test
    @Order(4)
    void blankSetupFormMarksEveryRequiredField() throws Exception {
        Map<String, String> blank = new LinkedHashMap<>();
        validForm().keySet().forEach(field -> blank.put(field, ""));

        MvcTestResult result = post("/setup", blank);

        assertThat(result).hasStatusOk().hasViewName("identity/setup");
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        String required = message("NotBlank");
        for (String field : List.of("fullName", "email", "password", "passwordConfirmation")) {
            assertThat(fieldErrors(page, field)).as(field).containsExactly(required);
        }
        assertThat(userCount()).isZero();
    }

    static Stream<Arguments> invalidForms() {
        return Stream.of(
                Arguments.of("an invalid e-mail address", Map.of("email", "not-an-email"), "email", "Email", new Object[0]),
                Arguments.of("a too short password", Map.of("password", "Short-pw-1", "passwordConfirmation", "Short-pw-1"),
                        "password", "validation.password.too-short", new Object[] {12}),
                Arguments.of("a common password", Map.of("password", "password1234", "passwordConfirmation", "password1234"),
                        "password", "validation.password.common", new Object[0]),
                Arguments.of("the e-mail address as password", Map.of("password", EMAIL, "passwordConfirmation", EMAIL),
                        "password", "validation.password.is-email", new Object[0]),
                Arguments.of("a different confirmation", Map.of("passwordConfirmation", "Another-Owner-Password-8"),
                        "passwordConfirmation", "validation.password.mismatch", new Object[0]),
                Arguments.of("an unknown time zone", Map.of("timeZone", "Mars/Olympus_Mons"),
                        "timeZone", "validation.time-zone.unknown", new Object[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidForms")
    @Order(5)
    void invalidSetupFormComesBackWithTheMessageNextToTheField(String description, Map<String, String> changes,
            String field, String messageCode, Object[] arguments) throws Exception {
        Map<String, String> form = validForm();
        form.putAll(changes);

        MvcTestResult result = post("/setup", form);

        assertThat(result).hasStatusOk().hasViewName("identity/setup");
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("[id$=-errors]")).extracting(Element::id).containsExactly(field + "-errors");
        assertThat(fieldErrors(page, field)).containsExactly(message(messageCode, arguments));
        assertThat(page.select("#" + field + ".is-invalid")).as("%s marked invalid", field).hasSize(1);
        assertThat(userCount()).isZero();
    }

    @Test
    @Order(6)
    void validSetupCreatesTheAdministratorAndTheDemoColleagues() throws Exception {
        Map<String, String> form = validForm();
        form.put("demoData", "true");

        MvcTestResult result = post("/setup", form);

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
        assertThat(result).flash().containsKey("flash");
        assertThat(jdbc.sql("""
                        select u.email from users u join user_roles r on r.user_id = u.id where r.role = 'ADMINISTRATOR'
                        """).query(String.class).list()).containsExactly(EMAIL);
        assertThat(jdbc.sql("select locale, time_zone from users where email = ?").param(EMAIL)
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2)).single()).isEqualTo("en Europe/Vienna");
        assertThat(userCount()).isEqualTo(1 + DEMO_COLLEAGUES);
        assertThat(jdbc.sql("select count(*) from users u where not exists (select 1 from user_roles r where r.user_id = u.id)")
                .query(Long.class).single()).isEqualTo(DEMO_COLLEAGUES);
        assertThat(jdbc.sql("select setting_key from system_settings").query(String.class).list())
                .contains("demo.loaded-at", "setup.completed-at");

        Cookie session = result.getResponse().getCookie(PageSessions.COOKIE);
        assertThat(session).as("session carrying the flash message").isNotNull();
        MvcTestResult login = mvc.get().uri("/login").cookie(session).exchange();
        assertThat(login).hasStatusOk();
        assertThat(Jsoup.parse(login.getResponse().getContentAsString()).select("[data-testid=flash]").text())
                .isEqualTo(message("setup.done", EMAIL));
    }

    @Test
    @Order(7)
    void afterSetupTheSetupPageIsClosed() throws Exception {
        assertThat(mvc.get().uri("/setup").exchange()).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");

        Map<String, String> second = validForm();
        second.put("email", "intruder@clientele.test");
        MvcTestResult result = post("/setup", second);

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
        assertThat(userCount()).isEqualTo(1 + DEMO_COLLEAGUES);
        assertThat(jdbc.sql("select count(*) from users where email = 'intruder@clientele.test'").query(Long.class).single()).isZero();

        MvcTestResult api = mvc.get().uri("/api/v1/me").exchange();
        assertThat(api).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    @Order(8)
    void theNewAdministratorSignsInAndIsWelcomed() throws Exception {
        Cookie session = PageSessions.signIn(mvc, EMAIL, PASSWORD);

        MvcTestResult home = mvc.get().uri("/").cookie(session).exchange();

        assertThat(home).hasStatusOk().hasViewName("platform/home");
        assertThat(Jsoup.parse(home.getResponse().getContentAsString()).select("h1").text())
                .isEqualTo(message("home.welcome", NAME));
    }

    private static Map<String, String> validForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("fullName", NAME);
        form.put("email", EMAIL);
        form.put("password", PASSWORD);
        form.put("passwordConfirmation", PASSWORD);
        form.put("language", "en");
        form.put("timeZone", "Europe/Vienna");
        return form;
    }

    private MvcTestResult post(String path, Map<String, String> form) {
        MockMvcRequestBuilder request = mvc.post().uri(path).with(csrf());
        form.forEach(request::param);
        return request.exchange();
    }

    private static List<String> fieldErrors(Document page, String field) {
        return page.select("#" + field + "-errors > div").eachText();
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, Locale.ENGLISH);
    }

    private long userCount() {
        return jdbc.sql("select count(*) from users").query(Long.class).single();
    }
}
