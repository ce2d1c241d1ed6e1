package org.clientele.platform.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.TestUsers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What pages write to the session row in the database: nothing while only its last access would
 * move by less than a minute, the new last access after that; signing out still ends the session.
 * Signing in stores the new CSRF token at once, and two requests that add the same attribute at
 * once both save their session.
 */
@ClienteleTest
class SessionWritesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FindByIndexNameSessionRepository<?> sessions;

    private Cookie session;

    @BeforeEach
    void signIn() {
        session = PageSessions.signInAsAdministrator(mvc);
        assertThat(mvc.get().uri("/").cookie(session).exchange()).hasStatusOk();
    }

    @Test
    void aPageWithinAMinuteOfTheLastLeavesTheSessionRowAsItWas() {
        long before = lastAccess();

        assertThat(mvc.get().uri("/").cookie(session).exchange()).hasStatusOk();

        assertThat(lastAccess()).isEqualTo(before);
    }

    @Test
    void aPageAMinuteAfterTheLastMovesItsLastAccessAndExpiry() {
        jdbc.sql("update SPRING_SESSION set LAST_ACCESS_TIME = LAST_ACCESS_TIME - 61000, EXPIRY_TIME = EXPIRY_TIME - 61000 "
                + "where SESSION_ID = ?").param(id(session)).update();
        long before = lastAccess();

        assertThat(mvc.get().uri("/").cookie(session).exchange()).hasStatusOk();

        assertThat(lastAccess()).isGreaterThanOrEqualTo(before + 61000);
    }

    @Test
    void signingOutEndsTheSessionInTheDatabase() {
        Cookie other = PageSessions.signInAsAdministrator(mvc);
        assertThat(mvc.get().uri("/").cookie(other).exchange()).hasStatusOk();

        assertThat(mvc.post().uri("/logout").cookie(other).with(csrf()).exchange()).hasStatus3xxRedirection();

        assertThat(jdbc.sql("select count(*) from SPRING_SESSION where SESSION_ID = ?").param(id(other))
                .query(Integer.class).single()).isZero();
        assertThat(mvc.get().uri("/").cookie(other).exchange()).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/").cookie(session).exchange()).hasStatusOk();
    }

    @Test
    void signingInStoresTheNewCsrfTokenSoThatTheFirstPagesAfterItShareOne() throws Exception {
        MvcTestResult form = mvc.get().uri("/login").exchange();
        Cookie anonymous = form.getResponse().getCookie(PageSessions.COOKIE);
        String formToken = Jsoup.parse(form.getResponse().getContentAsString()).select("input[name=_csrf]").val();
        MvcTestResult signedIn = mvc.post().uri("/login").cookie(anonymous).param("email", TestUsers.ADMIN_EMAIL)
                .param("password", TestUsers.ADMIN_PASSWORD).param("_csrf", formToken).exchange();
        assertThat(signedIn).hasStatus3xxRedirection().hasRedirectedUrl("/");
        Cookie fresh = signedIn.getResponse().getCookie(PageSessions.COOKIE);
        assertThat(fresh).as("a new session id after signing in").isNotNull();

        Optional<byte[]> stored = csrfTokenOf(fresh);
        assertThat(stored).as("the CSRF token stored with the sign-in").isPresent();
        assertThat(mvc.get().uri("/contacts").cookie(fresh).exchange()).hasStatusOk();
        assertThat(csrfTokenOf(fresh)).as("the token the first page found")
                .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(stored.get()));
    }

    @Test
    void twoRequestsThatAddTheSameAttributeAtOnceBothSaveTheirSession() {
        addAtOnce(sessions);
    }

    private <S extends Session> void addAtOnce(FindByIndexNameSessionRepository<S> repository) {
        S created = repository.createSession();
        repository.save(created);
        String id = created.getId();
        ((SparingSessionRepository<?>) repository).forget();
        S first = repository.findById(id);
        S second = repository.findById(id);
        first.setAttribute("added-at-once", "first");
        second.setAttribute("added-at-once", "second");

        repository.save(first);
        ((SparingSessionRepository<?>) repository).forget();
        repository.save(second);
        ((SparingSessionRepository<?>) repository).forget();

        assertThat(repository.findById(id).<String>getAttribute("added-at-once")).isEqualTo("second");
        repository.deleteById(id);
    }

    private Optional<byte[]> csrfTokenOf(Cookie cookie) {
        return jdbc.sql("select a.ATTRIBUTE_BYTES from SPRING_SESSION_ATTRIBUTES a join SPRING_SESSION s on s.PRIMARY_ID = a.SESSION_PRIMARY_ID "
                + "where s.SESSION_ID = ? and a.ATTRIBUTE_NAME = ?").param(id(cookie))
                .param(HttpSessionCsrfTokenRepository.class.getName() + ".CSRF_TOKEN").query(byte[].class).optional();
    }

    private long lastAccess() {
        return jdbc.sql("select LAST_ACCESS_TIME from SPRING_SESSION where SESSION_ID = ?").param(id(session))
                .query(Long.class).single();
    }

    /** The session id in the cookie, which Spring Session encodes in Base64. */
    private static String id(Cookie cookie) {
        return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.US_ASCII);
    }
}
