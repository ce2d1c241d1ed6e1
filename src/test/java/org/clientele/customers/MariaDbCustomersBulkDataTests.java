package org.clientele.customers;

import org.clientele.testing.MariaDbTestDatabase;
import org.clientele.testing.RequiresMariaDb;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/** The generated customers on MariaDB, with their search words, in a context of their own. */
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
}
