package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.clientele.testing.MariaDbTestDatabase;
import org.clientele.testing.RequiresMariaDb;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** The global search over companies and contacts on MariaDB, through the tables of the names' words; same context as the other MariaDB tests. */
@RequiresMariaDb
@SpringBootTest(properties = {
        "clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
        "clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD})
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
@AutoConfigureMockMvc
class MariaDbCustomerSearchTests extends CustomerSearchContract {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchWords searchWords;

    @Test
    void namesWrittenBySqlAloneAreFoundOnceTheStartUpIndexedThem() {
        String last = uniqueWord("Quarrington");
        String phone = digits(uniquePhone());
        jdbc.sql("insert into contacts (first_name, last_name, sort_name, phone, owner_id, team_id, created_at, updated_at)"
                + " values ('Xanthippe', ?, ?, ?, ?, ?, ?, ?)").params(last, last.toLowerCase() + " xanthippe", "+" + phone,
                fixture.salesA().user().id(), fixture.teamA(), LocalDateTime.now(), LocalDateTime.now()).update();
        long id = jdbc.sql("select id from contacts where last_name = ?").param(last).query(Long.class).single();
        assertThat(ids(fixture.salesA(), typo(last), "contact")).isEmpty();
        assertThat(ids(fixture.salesA(), phone, "contact")).isEmpty();

        searchWords.indexMissing();

        assertThat(ids(fixture.salesA(), typo(last), "contact")).containsExactly(Long.toString(id));
        assertThat(ids(fixture.salesA(), "Xantippe " + typo(last), "contact")).containsExactly(Long.toString(id));
        assertThat(ids(fixture.salesA(), phone, "contact")).containsExactly(Long.toString(id));
    }

    @Test
    void aDeletedContactLeavesNeitherItsWordsNorItsPhoneSuffixes() {
        long id = Long.parseLong(contact("Ingeborg", uniqueWord("Falkenrath"), "\"phones\": [\"" + uniquePhone() + "\"]", fixture.salesA(),
                fixture.teamA()));
        assertThat(rows("customer_search_record_words", id)).isEqualTo(2);
        assertThat(rows("customer_phone_suffixes", id)).isEqualTo(9);

        assertThat(admin.delete(CustomerVisibilityContract.CONTACTS + "/" + id)).hasStatus(204);

        assertThat(rows("customer_search_record_words", id)).isZero();
        assertThat(rows("customer_phone_suffixes", id)).isZero();
    }

    private int rows(String table, long contactId) {
        return jdbc.sql("select count(*) from " + table + " where record_type = 'contact' and record_id = ?").param(contactId)
                .query(Integer.class).single();
    }
}
