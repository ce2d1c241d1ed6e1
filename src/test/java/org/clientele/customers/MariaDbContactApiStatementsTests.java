package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.clientele.platform.SetupStatus;
import org.clientele.testing.MariaDbTestDatabase;
import org.clientele.testing.RequiresMariaDb;
import org.clientele.testing.StatementCounter;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What {@code POST /api/v1/contacts} sends on MariaDB besides what it sends on PostgreSQL: the
 * words of the new contact's name for the search, written without deleting first the words a
 * record created in the same transaction cannot have.
 */
@RequiresMariaDb
@SpringBootTest(properties = {
        "clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
        "clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD})
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class MariaDbContactApiStatementsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    StatementCounter statements;

    @Test
    void aCreatedContactsSearchWordsAreWrittenWithoutDeletingAnyFirst() {
        ApiCalls admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        String tag = ApiCalls.unique();

        List<String> sent = statements.statementsOf(() -> assertThat(admin.post("/api/v1/contacts",
                "{\"firstName\": \"Counted\", \"lastName\": \"Create " + tag + "\", \"phones\": [\"+49 30 9015 5501\"]}"))
                .hasStatus(201));

        assertThat(sent).as(String.join("\n", sent))
                .noneMatch(sql -> sql.startsWith("delete"))
                .anyMatch(sql -> sql.startsWith("insert into customer_search_record_words"))
                .anyMatch(sql -> sql.startsWith("insert into customer_phone_suffixes"));
    }
}
