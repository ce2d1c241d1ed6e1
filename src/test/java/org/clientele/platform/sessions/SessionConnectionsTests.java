package org.clientele.platform.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Where a page reads its session: once, first, in a short transaction of its own that Spring
 * Session opens while nothing else is open (Spring Security asks for the signed-in user before the
 * handler runs), so it never holds a second connection beside one of the page's transactions.
 */
@ClienteleTest
@Import(StatementCounter.class)
class SessionConnectionsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StatementCounter counter;

    private Cookie session;

    @BeforeEach
    void signIn() {
        session = PageSessions.signInAsAdministrator(mvc);
        assertThat(mvc.get().uri("/").cookie(session).exchange()).hasStatusOk();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/contacts", "/companies", "/deals", "/invoices"})
    void aPageReadsItsSessionFirstAndOnceWithoutASecondConnection(String page) {
        StatementCounter.Work work = counter.of(() -> assertThat(mvc.get().uri(page).cookie(session).exchange()).hasStatusOk());

        String sent = String.join("\n", work.statements());
        assertThat(work.statements()).as(sent).filteredOn(sql -> sql.contains("SPRING_SESSION")).hasSize(1);
        assertThat(work.statements().get(0)).as(sent).contains("FROM SPRING_SESSION S");
        assertThat(work.statements().get(1)).as(sent).isEqualTo("commit");
        assertThat(work.mostHeldAtOnce()).as(sent).isEqualTo(1);
    }
}
