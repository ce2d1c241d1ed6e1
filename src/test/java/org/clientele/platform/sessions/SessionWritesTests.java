package org.clientele.platform.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What pages write to the session row in the database: nothing while only its last access would
 * move by less than a minute, the new last access after that; signing out still ends the session.
 */
@ClienteleTest
class SessionWritesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

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

    private long lastAccess() {
        return jdbc.sql("select LAST_ACCESS_TIME from SPRING_SESSION where SESSION_ID = ?").param(id(session))
                .query(Long.class).single();
    }

    /** The session id in the cookie, which Spring Session encodes in Base64. */
    private static String id(Cookie cookie) {
        return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.US_ASCII);
    }
}
