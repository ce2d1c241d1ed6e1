package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.clientele.testing.MariaDbTestDatabase;
import org.clientele.testing.RequiresMariaDb;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/** The generated customers on MariaDB, with their search words and phone suffixes, in a context of their own. */
@RequiresMariaDb
@SpringBootTest(properties = "generate.password=" + CustomersBulkDataContract.PASSWORD)
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
@AutoConfigureMockMvc
class MariaDbCustomersBulkDataTests extends CustomersBulkDataContract {

    @Test
    void everyRecordHasTheSearchWordsOfItsNameSoNoIndexingRunsAtStartUp() {
        assertWords(SearchWords.COMPANY, "select c.id, concat_ws(' ', c.name, c.alternative_names) as text from companies c");
        assertWords(SearchWords.CONTACT, "select c.id, concat_ws(' ', c.first_name, c.last_name) as text from contacts c");
        assertWords(SearchWords.LEAD, "select c.id, concat_ws(' ', c.first_name, c.last_name, c.company_name) as text from leads c");
    }

    @Test
    void everyRecordHasTheSuffixesOfItsMainPhoneNumberSoItIsFoundByItsDigits() {
        Map<String, String> tables = Map.of(SearchWords.COMPANY, "companies", SearchWords.CONTACT, "contacts", SearchWords.LEAD, "leads");
        for (String type : tables.keySet()) {
            List<String> phones = jdbc.sql("select c.id, c.phone from " + tables.get(type) + " c").query((rs, n) -> {
                Set<String> stored = jdbc.sql("select suffix from customer_phone_suffixes where record_type = ? and record_id = ?")
                        .params(type, rs.getLong("id")).query(String.class).set();
                assertThat(stored).as("%s %d", type, rs.getLong("id")).isEqualTo(PhoneSuffixes.of(rs.getString("phone")));
                return rs.getString("phone");
            }).list();
            assertThat(phones).as(type).isNotEmpty().anyMatch(Objects::nonNull);
        }
    }
}
