package org.clientele.billing.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.clientele.platform.SetupStatus;
import org.clientele.shared.Money;
import org.clientele.testing.ApiClient;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.VisibilityFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The ledger through the API: recording, problems, statements, revenue, categories and who sees what. */
@ClienteleTest
class LedgerApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    LedgerManagement ledger;

    @Autowired
    ApplicationContext context;

    private ApiClient api;
    private LedgerFixture fixture;

    @BeforeEach
    void setUp() {
        api = new ApiClient(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        fixture = new LedgerFixture(context).signIn();
    }

    @AfterEach
    void signOut() {
        LedgerFixture.signOut();
    }

    @Test
    void recordsReadsListsAndDeletesAThirdPartyPayment() {
        String payee = "Api-supplier-" + System.nanoTime();
        String id = api.create("/api/v1/payments", "{\"kind\": \"THIRD_PARTY_PAYMENT\", \"payeeName\": \"" + payee + "\", "
                + "\"amount\": {\"amount\": \"99.9\", \"currency\": \"EUR\"}, \"paidOn\": \"1991-04-02\", \"method\": \"CARD\"}");

        MvcTestResult one = api.get("/api/v1/payments/" + id);
        assertThat(one).hasStatusOk().bodyJson().extractingPath("$.amount.amount").isEqualTo("99.90");
        assertThat(one).bodyJson().extractingPath("$.direction").isEqualTo("OUT");
        assertThat(one).bodyJson().extractingPath("$.counterparty").isEqualTo(payee);
        assertThat(api.get("/api/v1/payments?kind=THIRD_PARTY_PAYMENT&from=1991-04-01&to=1991-04-30&q=" + payee))
                .hasStatusOk().bodyJson().extractingPath("$.data[*].id").asArray().containsExactly(id);
        assertThat(api.get("/api/v1/payments?kind=PAYCHECK")).hasStatus(422);

        assertThat(api.delete("/api/v1/payments/" + id)).hasStatus(204);
        assertThat(api.get("/api/v1/payments/" + id)).hasStatus(404);
    }

    @Test
    void aSalaryForAnUnknownUserIs422AndAnOverpayment409() {
        MvcTestResult unknown = api.post("/api/v1/payments", "{\"kind\": \"SALARY\", \"employeeUserId\": \"987654321\", "
                + "\"amount\": {\"amount\": \"3000\", \"currency\": \"EUR\"}, \"paidOn\": \"" + LocalDate.now() + "\", \"method\": \"BANK_TRANSFER\"}");
        assertThat(unknown).hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("employeeUserId");
        assertThat(unknown).bodyJson().extractingPath("$.errors[0].message").isEqualTo("Choose a user of Clientele as the employee.");

        long invoice = fixture.issuedInvoice(fixture.company("Api overpaid"), "EUR", "20.00");
        MvcTestResult over = api.post("/api/v1/payments", "{\"kind\": \"CUSTOMER_PAYMENT\", \"invoiceId\": \"" + invoice + "\", "
                + "\"amount\": {\"amount\": \"20.01\", \"currency\": \"EUR\"}, \"paidOn\": \"" + LocalDate.now() + "\", \"method\": \"CASH\"}");
        assertThat(over).hasStatus(409).bodyJson().extractingPath("$.type").isEqualTo("urn:clientele:problem:conflict");
    }

    @Test
    void theStatementAndRevenueAnswerWithExactAmounts() {
        long company = fixture.company("Api stated");
        long invoice = fixture.issuedInvoice(company, "EUR", "120.00");
        fixture.dated(invoice, LocalDate.of(1992, 5, 4), LocalDate.of(1992, 5, 18));
        ledger.record(TransactionForm.invoicePayment(invoice, Money.of("20.00", "EUR"), LocalDate.of(1992, 5, 10), PaymentMethod.CASH, "A"));

        MvcTestResult statement = api.get("/api/v1/ledger/customers/company/" + company + "/statement?from=1992-05-01&to=1992-05-31");
        assertThat(statement).hasStatusOk().bodyJson().extractingPath("$.currencies[0].closing.amount").isEqualTo("100.00");
        assertThat(statement).bodyJson().extractingPath("$.currencies[0].lines[*].entry").asArray().containsExactly("INVOICE", "PAYMENT");
        assertThat(statement).bodyJson().extractingPath("$.currencies[0].lines[1].balance.amount").isEqualTo("100.00");
        assertThat(api.get("/api/v1/ledger/customers/vendor/" + company + "/statement")).hasStatus(404);

        MvcTestResult revenue = api.get("/api/v1/reports/revenue?from=1992-05&to=1992-06");
        assertThat(revenue).hasStatusOk().bodyJson().extractingPath("$.months[0].amounts[0].amount").isEqualTo("20.00");
        assertThat(revenue).bodyJson().extractingPath("$.months[1].amounts").asArray().isEmpty();
    }

    @Test
    void categoriesAreListedAndAddedByAdministrators() {
        String name = "Api category " + System.nanoTime();
        String id = api.create("/api/v1/transaction-categories", "{\"name\": \"" + name + "\"}");
        assertThat(api.get("/api/v1/transaction-categories")).hasStatusOk().bodyJson().extractingPath("$[?(@.id == '" + id + "')].name")
                .asArray().containsExactly(name);
        assertThat(api.post("/api/v1/transaction-categories", "{\"name\": \"\"}")).hasStatus(422);
    }

    @Test
    void customerTransactionsAreSeenByWhoeverSeesTheCustomer() {
        VisibilityFixture people = VisibilityFixture.create(context);
        String marker = "Visible" + System.nanoTime();
        long ofA = fixture.company(marker + " A", people.salesA().user().id(), people.teamA());
        long ofB = fixture.company(marker + " B", people.salesB().user().id(), people.teamB());
        long paidByA = ledger.record(LedgerContract.customer(TransactionKind.CUSTOMER_PAYMENT, ofA, "10.00", "EUR", LocalDate.of(1993, 1, 5))).id();
        long paidByB = ledger.record(LedgerContract.customer(TransactionKind.CUSTOMER_PAYMENT, ofB, "10.00", "EUR", LocalDate.of(1993, 1, 5))).id();

        String uri = "/api/v1/payments?q=" + marker;
        people.assertListShows(mvc, people.salesA(), uri, paidByA);
        people.assertListShows(mvc, people.salesB(), uri, paidByB);
        people.assertListShows(mvc, people.managerA(), uri, paidByA);
        people.assertDetailHidden(mvc, people.salesA(), "/api/v1/payments/" + paidByB);
        people.assertDetailHidden(mvc, people.salesA(), "/api/v1/ledger/customers/company/" + ofB + "/statement");
        people.assertDetailVisible(mvc, people.salesA(), "/api/v1/ledger/customers/company/" + ofA + "/statement");
    }
}
