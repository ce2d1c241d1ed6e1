package org.clientele.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientele.testing.PostgresTestDatabase;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The demo invoices, in the demo database of {@code CustomersDemoDataTests}: in several states,
 * numbered, credited and voided through credit notes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
        "clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD,
        "clientele.demo=true"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class InvoicesDemoDataTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoInvoicesGoThroughTheirStatesAndCorrectionsAreCreditNotes() {
        for (String status : new String[] {"DRAFT", "ISSUED", "OVERDUE", "PARTIALLY_PAID", "VOID"}) {
            assertThat(count("select count(*) from billing_invoices where kind = 'INVOICE' and status = '" + status + "'")).as(status)
                    .isPositive();
        }
        assertThat(count("select count(*) from billing_invoices where status <> 'DRAFT' and number is null")).isZero();
        assertThat(count("select count(*) from billing_invoices i where i.status = 'VOID' and not exists (select 1 from billing_invoices c "
                + "where c.credited_invoice_id = i.id and c.gross_total = -i.gross_total)")).as("void without a full credit note").isZero();
        assertThat(count("select count(*) from billing_invoices where kind = 'CREDIT_NOTE' and gross_total >= 0")).isZero();
        assertThat(count("select count(*) from billing_invoices i where i.net_total + i.tax_total <> i.gross_total")).isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
