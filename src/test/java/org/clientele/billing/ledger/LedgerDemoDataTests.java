package org.clientele.billing.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientele.testing.PostgresTestDatabase;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** The demo ledger, in the demo database of {@code CustomersDemoDataTests}: categories, rent and software, salaries, invoice payments applied. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
        "clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD,
        "clientele.demo=true"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class LedgerDemoDataTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoLedgerHasItsCategoriesOutgoingPaymentsAndAppliedInvoicePayments() {
        assertThat(jdbc.sql("select name from billing_transaction_categories order by name").query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(LedgerDemoData.CATEGORIES);
        assertThat(count("select count(*) from billing_transactions where kind = 'THIRD_PARTY_PAYMENT'")).isEqualTo(6);
        assertThat(count("select count(*) from billing_transactions where kind = 'SALARY'"))
                .isEqualTo(3 * count("select count(*) from users where active = true"));
        assertThat(count("select count(*) from billing_transactions t where t.invoice_id is not null and not exists "
                + "(select 1 from billing_invoice_payments p where p.invoice_id = t.invoice_id and p.payment_id = t.id "
                + "and p.amount = t.invoice_amount)")).as("payments not applied to their invoice").isZero();
        assertThat(count("select count(*) from billing_transactions where category_id is null")).as("uncategorised").isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
