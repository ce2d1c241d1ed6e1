package org.clientele.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientele.billing.invoices.InvoiceFixture.draft;
import static org.clientele.billing.invoices.InvoiceFixture.line;

import java.time.LocalDate;
import java.util.Map;

import org.clientele.shared.Money;
import org.clientele.testing.ApiClient;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.VisibilityFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Aging buckets with exact amounts and counts, read through the API by a salesperson who sees only
 * the invoices made for them here: what is still outstanding of open invoices, per currency, by
 * days past due on the day asked; paid, void, draft invoices and credit notes are left out.
 */
@ClienteleTest
class InvoiceAgingTests {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    ApplicationContext context;

    @Autowired
    InvoiceDrafts drafts;

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    InvoicePayments payments;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        InvoiceFixture.signOut();
    }

    @Test
    void outstandingAmountsFallIntoTheirBucketsPerCurrency() {
        VisibilityFixture people = VisibilityFixture.create(context);
        long seller = people.salesA().user().id();
        InvoiceFixture fixture = new InvoiceFixture(context).signIn();
        long company = fixture.company("Aged");
        issued(seller, company, "EUR", "100.00", "2026-07-05");
        issued(seller, company, "EUR", "50.00", "2026-06-30");
        issued(seller, company, "EUR", "10.00", "2026-06-29");
        issued(seller, company, "EUR", "20.00", "2026-05-31");
        long partlyPaid = issued(seller, company, "EUR", "40.00", "2026-05-30");
        issued(seller, company, "EUR", "70.00", "2026-04-01");
        issued(seller, company, "EUR", "80.00", "2026-03-31");
        issued(seller, company, "USD", "1000.00", "2026-01-01");
        long paid = issued(seller, company, "EUR", "500.00", "2026-05-01");
        long voided = issued(seller, company, "EUR", "600.00", "2026-05-01");
        drafts.createDraft(seller, draft(company, "EUR", line("Not yet", "1", "700.00")));
        transactions.executeWithoutResult(status -> {
            payments.applyPayment(partlyPaid, 1, Money.of("15.00", "EUR"), AS_OF);
            payments.applyPayment(paid, 2, Money.of("500.00", "EUR"), AS_OF);
        });
        invoices.voidInvoice(voided, null);
        InvoiceFixture.signOut();

        MvcTestResult report = new ApiClient(mvc, encoder, seller).get("/api/v1/reports/invoice-aging?asOf=" + AS_OF);

        assertThat(report).hasStatusOk().bodyJson().extractingPath("$.currencies[*].currency").asArray().containsExactly("EUR", "USD");
        assertThat(report).bodyJson().extractingPath("$.currencies[0].buckets").asArray().containsExactly(
                bucket("current", "150.00", "EUR", 2), bucket("1-30", "30.00", "EUR", 2), bucket("31-60", "25.00", "EUR", 1),
                bucket("61-90", "70.00", "EUR", 1), bucket("90+", "80.00", "EUR", 1));
        assertThat(report).bodyJson().extractingPath("$.currencies[0].total.amount").isEqualTo("355.00");
        assertThat(report).bodyJson().extractingPath("$.currencies[0].count").isEqualTo(7);
        assertThat(report).bodyJson().extractingPath("$.currencies[1].buckets[4]").isEqualTo(bucket("90+", "1000.00", "USD", 1));
        assertThat(report).bodyJson().extractingPath("$.currencies[1].buckets[0]").isEqualTo(bucket("current", "0.00", "USD", 0));
    }

    private long issued(long owner, long company, String currency, String amount, String dueOn) {
        long id = drafts.createDraft(owner, draft(company, currency, 0, line("Work", "1", amount)));
        return invoices.issue(id, LocalDate.parse(dueOn)).id();
    }

    private static Map<String, Object> bucket(String key, String amount, String currency, int count) {
        return Map.of("bucket", key, "amount", Map.of("amount", amount, "currency", currency), "count", count);
    }
}
