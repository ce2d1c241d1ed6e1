package org.clientele.billing.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.clientele.billing.invoices.InvoicePayments;
import org.clientele.billing.invoices.InvoiceStatus;
import org.clientele.customers.ContactForm;
import org.clientele.customers.ContactManagement;
import org.clientele.identity.Role;
import org.clientele.shared.Money;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The ledger on pages: the financial profile on the company page, recording and deleting, the list, the export, revenue and categories. */
@ClienteleTest
class LedgerPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    LedgerManagement ledger;

    @Autowired
    InvoicePayments invoices;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ContactManagement contacts;

    private LedgerFixture fixture;
    private Cookie admin;

    @BeforeEach
    void signIn() {
        admin = PageSessions.signInAsAdministrator(mvc);
        fixture = new LedgerFixture(context).signIn();
    }

    @AfterEach
    void signOut() {
        LedgerFixture.signOut();
    }

    @Test
    void theCompanyPageLoadsTheFinancialProfileWithBalanceAndOverdueAmount() {
        long company = fixture.company("Profiled");
        long invoice = fixture.issuedInvoice(company, "EUR", "100.00");
        fixture.dated(invoice, LocalDate.now().minusDays(20), LocalDate.now().minusDays(3));
        ledger.record(TransactionForm.invoicePayment(invoice, Money.of("30.00", "EUR"), LocalDate.now(), PaymentMethod.CASH, null));
        String number = invoices.balance(invoice).orElseThrow().number();

        Document page = html(mvc.get().uri("/companies/" + company).cookie(admin).exchange());
        assertThat(page.select("[data-testid=customer-panel] h2").text()).isEqualTo("Finances");
        assertThat(page.select("[data-testid=customer-panel] [hx-get]").attr("hx-get")).isEqualTo("/ledger/customers/company/" + company + "/profile");
        assertThat(page.select("[data-testid=customer-panel] [hx-get]").attr("hx-trigger")).isEqualTo("load");
        assertThat(page.select("[data-testid=customer-panel]").attr("aria-labelledby"))
                .isEqualTo(page.select("[data-testid=customer-panel] h2").attr("id"));

        Document profile = html(mvc.get().uri("/ledger/customers/company/" + company + "/profile").header("HX-Request", "true").cookie(admin)
                .exchange());
        assertThat(profile.select("[data-testid=profile-balance]").text()).isEqualTo("€70.00");
        assertThat(profile.select("[data-testid=profile-overdue]").text()).isEqualTo("€70.00");
        assertThat(profile.select("[data-testid=profile-invoices]").text()).contains(number, "€70.00 open of €100.00");
        assertThat(profile.select("[data-testid=profile-payments]").text()).contains("€30.00");
        assertThat(profile.select("[data-testid=profile-statement]").attr("href")).isEqualTo("/ledger/customers/company/" + company);

        Document statement = html(mvc.get().uri("/ledger/customers/company/" + company).cookie(admin).exchange());
        assertThat(statement.select("[data-testid=statement-closing]").text()).isEqualTo("€70.00");
    }

    @Test
    void theContactPageLoadsTheProfileOfTheContact() {
        long contact = contacts.create(fixture.adminId(), new ContactForm("Pat", "Panel", null, null, List.of(), List.of(), null, null,
                fixture.adminId(), null, Set.of()), true).id();

        Document page = html(mvc.get().uri("/contacts/" + contact).cookie(admin).exchange());
        assertThat(page.select("[data-testid=customer-panel] [hx-get]").attr("hx-get")).isEqualTo("/ledger/customers/contact/" + contact + "/profile");
        Document profile = html(mvc.get().uri("/ledger/customers/contact/" + contact + "/profile").cookie(admin).exchange());
        assertThat(profile.select("[data-testid=profile-empty]")).hasSize(1);
        assertThat(profile.select("[data-testid=profile-statement]").attr("href")).isEqualTo("/ledger/customers/contact/" + contact);
    }

    @Test
    void aCustomerWithNothingShowsTheEmptyStateAndUsersWithoutBillingSeeNoPanel() {
        long company = fixture.company("Quiet");
        Document profile = html(mvc.get().uri("/ledger/customers/company/" + company + "/profile").cookie(admin).exchange());
        assertThat(profile.select("[data-testid=profile-empty]").text()).isEqualTo("No quotations, invoices or payments yet.");

        var support = TestAccounts.create(context, "Support person", Set.of(Role.SUPPORT));
        long own = fixture.company("Supported", support.user().id());
        Cookie session = PageSessions.signIn(mvc, support.email(), support.password());
        Document page = html(mvc.get().uri("/companies/" + own).cookie(session).exchange());
        assertThat(page.select("h1").text()).startsWith("Supported");
        assertThat(page.select("[data-testid=customer-panel]")).isEmpty();
        assertThat(mvc.get().uri("/ledger/customers/company/" + own + "/profile").cookie(session).exchange()).hasStatus(403);
    }

    @Test
    void recordsAPaymentForAnInvoiceFromItsPrefilledFormAndDeletesItAfterConfirmation() {
        long company = fixture.company("Paying by page");
        long invoice = fixture.issuedInvoice(company, "EUR", "250.00");

        Document form = html(mvc.get().uri("/payments/new?invoiceId=" + invoice).cookie(admin).exchange());
        assertThat(form.select("#amount").val()).isEqualTo("250.00");
        assertThat(form.select("#currency option[selected]").val()).isEqualTo("EUR");
        assertThat(form.select("label[for=paidOn]")).hasSize(1);
        assertThat(form.select("[data-testid=payment-invoice]").text()).contains("€250.00");

        MvcTestResult recorded = post("/payments", "kind", "CUSTOMER_PAYMENT", "invoiceId", Long.toString(invoice), "amount", "250.00",
                "currency", "EUR", "paidOn", LocalDate.now().toString(), "method", "BANK_TRANSFER", "reference", "Bank 1");
        assertThat(recorded).hasStatus3xxRedirection();
        String location = recorded.getResponse().getRedirectedUrl();
        assertThat(invoices.balance(invoice).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);

        Document detail = html(mvc.get().uri(location).cookie(admin).exchange());
        assertThat(detail.select("[data-testid=payment-amount]").text()).isEqualTo("€250.00");
        assertThat(detail.select("[data-testid=payment-details]").text()).contains("Paying by page", "Bank 1", "Bank transfer");
        Document list = html(mvc.get().uri("/payments?q=paying").cookie(admin).exchange());
        assertThat(list.select("[data-testid=payments] tbody tr")).hasSize(1);
        assertThat(list.select("nav.navbar a[href=/payments]")).as("navigation entry").hasSize(1);

        Document confirmation = html(mvc.get().uri(location + "/delete").cookie(admin).exchange());
        assertThat(confirmation.select("h1").text()).startsWith("Delete the transaction of €250.00 with Paying by page");
        assertThat(post(location + "/delete")).hasStatus3xxRedirection().hasRedirectedUrl("/payments");
        assertThat(invoices.balance(invoice).orElseThrow().status()).isEqualTo(InvoiceStatus.ISSUED);
    }

    @Test
    void theFormShowsWhatIsWrongAndTheInvoicesRefusal() {
        Document kinds = html(mvc.get().uri("/payments/new").cookie(admin).exchange());
        assertThat(kinds.select("[data-testid=payment-kinds] a")).hasSize(TransactionKind.values().length);

        Document salary = html(post("/payments", "kind", "SALARY", "amount", "0", "currency", "EUR", "paidOn", LocalDate.now().toString(),
                "method", "BANK_TRANSFER"));
        assertThat(salary.select("#employeeUserId-errors").text()).isEqualTo("This field is required.");
        assertThat(salary.select("#amount-errors").text()).isEqualTo("Enter an amount greater than zero.");

        long invoice = fixture.issuedInvoice(fixture.company("Refusing"), "EUR", "10.00");
        Document refused = html(post("/payments", "kind", "CUSTOMER_PAYMENT", "invoiceId", Long.toString(invoice), "amount", "10.01",
                "currency", "EUR", "paidOn", LocalDate.now().toString(), "method", "CASH"));
        assertThat(refused.select("[data-testid=payment-refused]")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from billing_transactions where invoice_id = ?").param(invoice).query(Long.class).single()).isZero();

        MvcTestResult crafted = post("/payments", "kind", "CUSTOMER_PAYMENT", "companyId", "abc", "amount", "5", "currency", "EUR",
                "paidOn", LocalDate.now().toString(), "method", "CASH");
        assertThat(crafted).as("a text where an id belongs").hasStatusOk();
        assertThat(html(crafted).select("#companyId-errors").text()).isEqualTo("This value is not valid.");
    }

    @Test
    void theExportRevenueAndCategoryPagesAnswer() throws UnsupportedEncodingException {
        MvcTestResult csv = mvc.get().uri("/payments/export.csv?from=1990-01-01&to=1990-01-31").cookie(admin).exchange();
        assertThat(csv).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("transactions-from-1990-01-01-to-1990-01-31.csv");
        assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)).startsWith("\uFEFFdate,direction,kind,counterparty");

        Document revenue = html(mvc.get().uri("/reports/revenue?from=1990-01&to=1990-06").cookie(admin).exchange());
        assertThat(revenue.select("[data-testid=no-revenue]")).hasSize(1);

        String name = "Category " + System.nanoTime();
        assertThat(post("/admin/transaction-categories", "name", name)).hasStatus3xxRedirection();
        Document taken = html(post("/admin/transaction-categories", "name", name.toUpperCase()));
        assertThat(taken.select("#new-name-errors").text()).isEqualTo("A category with this name exists already.");
    }

    private MvcTestResult post(String path, String... params) {
        var request = mvc.post().uri(path).with(csrf()).cookie(admin);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
