package org.clientele.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientele.billing.invoices.InvoiceCalls.INVOICES;
import static org.clientele.billing.invoices.InvoiceCalls.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.clientele.billing.pricing.TaxRateForm;
import org.clientele.billing.pricing.TaxRateManagement;
import org.clientele.shared.Money;
import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The invoice API: drafts change until issued and never after (409 problem), input is checked
 * with field problems (422), voiding goes through a credit note, credit notes carry negative amounts.
 */
@ClienteleTest
class InvoiceApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    ApplicationContext context;

    @Autowired
    TaxRateManagement taxRates;

    @Autowired
    InvoicePayments payments;

    @Autowired
    TransactionTemplate transactions;

    InvoiceFixture fixture;
    InvoiceCalls admin;
    long company;
    long vat;

    @BeforeEach
    void setUp() {
        fixture = new InvoiceFixture(context).signIn();
        admin = new InvoiceCalls(mvc, encoder, fixture.adminId());
        company = fixture.company("Api customer");
        vat = taxRates.create(new TaxRateForm("VAT 19 " + UUID.randomUUID(), new BigDecimal("19"), false)).id();
        InvoiceFixture.signOut();
    }

    @AfterEach
    void signOut() {
        InvoiceFixture.signOut();
    }

    @Test
    void aDraftChangesUntilIssuedAndIsConflictAfterwards() {
        String id = admin.draft(company, "[{\"description\": \"Consulting\", \"quantity\": \"10\", \"unit\": \"h\", \"unitPrice\": \"95.50\", "
                + "\"taxRateId\": \"" + vat + "\"}]");

        MvcTestResult changed = admin.patch(INVOICES + "/" + id, "{\"notes\": \"Thank you\", \"documentDiscountPercent\": \"10\"}");
        assertThat(changed).hasStatusOk().bodyJson().extractingPath("$.net.amount").isEqualTo("859.50");
        assertThat(changed).bodyJson().extractingPath("$.tax.amount").isEqualTo("163.31");
        assertThat(changed).bodyJson().extractingPath("$.total.amount").isEqualTo("1022.81");
        assertThat(changed).bodyJson().extractingPath("$.taxes[0].percent").isEqualTo("19");

        MvcTestResult issued = admin.post(INVOICES + "/" + id + "/issue", "");
        assertThat(issued).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("ISSUED");
        assertThat((String) read(issued, "$.number")).isNotBlank();
        assertThat(issued).bodyJson().extractingPath("$.dueOn")
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(10).toString());
        assertThat(issued).bodyJson().extractingPath("$.billed.taxId").isEqualTo("DE123456789");

        MvcTestResult refused = admin.patch(INVOICES + "/" + id, "{\"notes\": \"Too late\"}");
        assertThat(refused).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.type").isEqualTo("urn:clientele:problem:conflict");
        assertThat(admin.delete(INVOICES + "/" + id)).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(admin.post(INVOICES + "/" + id + "/issue", "")).hasStatus(409);
        assertThat(admin.get(INVOICES + "/" + id)).bodyJson().extractingPath("$.notes").isEqualTo("Thank you");
    }

    @Test
    void invalidInputIsRefusedWithTheFieldsAtFault() {
        MvcTestResult empty = admin.post(INVOICES, "{\"lines\": []}");
        assertThat(empty).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(empty).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("companyId", "currency", "lines");

        MvcTestResult lines = admin.post(INVOICES, "{\"companyId\": \"" + company + "\", \"currency\": \"EUR\", \"language\": \"fr\", "
                + "\"paymentTermDays\": 400, \"documentDiscountPercent\": \"150\", \"lines\": [{\"description\": \"A\", \"unitPrice\": "
                + "\"1\"}, {\"quantity\": \"1\", \"unitPrice\": \"1\", \"taxRateId\": \"999999\"}]}");
        assertThat(lines).hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("language", "paymentTermDays", "documentDiscountPercent", "lines[0].quantity",
                        "lines[1].description", "lines[1].taxRateId");

        assertThat(admin.post(INVOICES, "{\"companyId\": \"" + company + "\", \"currency\": \"EUR\", \"colour\": \"red\", \"lines\": []}"))
                .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("colour");
        assertThat(admin.post(INVOICES, "{\"companyId\": \"" + company + "\", \"currency\": \"XXY\", \"lines\": [{\"description\": \"A\", "
                + "\"quantity\": \"1\", \"unitPrice\": \"1\"}]}")).hasStatus(422).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("currency");
        assertThat(admin.get(INVOICES + "?status=LOST")).hasStatus(422).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("status");
        assertThat(admin.get("/api/v1/reports/invoice-aging?asOf=yesterday")).hasStatus(422);
    }

    @Test
    void voidingIssuesACreditNoteForTheWholeInvoiceAndIsRefusedOncePaid() {
        String id = admin.draft(company, "[{\"description\": \"Licence\", \"quantity\": \"2\", \"unitPrice\": \"100\", \"taxRateId\": \""
                + vat + "\"}]");
        assertThat(admin.post(INVOICES + "/" + id + "/void", "{}")).as("a draft is deleted, not voided").hasStatus(409);
        String number = read(admin.post(INVOICES + "/" + id + "/issue", ""), "$.number");

        MvcTestResult voided = admin.post(INVOICES + "/" + id + "/void", "{\"reason\": \"Wrong customer\"}");

        assertThat(voided).hasStatusOk().bodyJson().extractingPath("$.kind").isEqualTo("CREDIT_NOTE");
        assertThat(voided).bodyJson().extractingPath("$.creditedInvoiceId").isEqualTo(id);
        assertThat(voided).bodyJson().extractingPath("$.total.amount").isEqualTo("-238.00");
        assertThat(voided).bodyJson().extractingPath("$.lines[0].quantity").isEqualTo("-2");
        assertThat(voided).bodyJson().extractingPath("$.outstanding.amount").isEqualTo("0.00");
        assertThat((String) read(voided, "$.number")).isNotBlank().isNotEqualTo(number);
        MvcTestResult invoice = admin.get(INVOICES + "/" + id);
        assertThat(invoice).bodyJson().extractingPath("$.status").isEqualTo("VOID");
        assertThat(invoice).bodyJson().extractingPath("$.voidReason").isEqualTo("Wrong customer");
        assertThat(invoice).bodyJson().extractingPath("$.credited.amount").isEqualTo("238.00");
        assertThat(invoice).bodyJson().extractingPath("$.outstanding.amount").isEqualTo("0.00");
        assertThat(admin.post(INVOICES + "/" + id + "/void", "")).hasStatus(409);
        assertThat(admin.patch(INVOICES + "/" + id, "{\"status\": \"ISSUED\"}")).as("no way around the credit note").hasStatus(409);

        String paid = admin.draft(company, "[{\"description\": \"Support\", \"quantity\": \"1\", \"unitPrice\": \"50\"}]");
        admin.post(INVOICES + "/" + paid + "/issue", "");
        transactions.executeWithoutResult(status -> payments.applyPayment(Long.parseLong(paid), 4242, Money.of("20.00", "EUR"),
                LocalDate.now(ZoneOffset.UTC)));
        MvcTestResult refused = admin.post(INVOICES + "/" + paid + "/void", "{}");
        assertThat(refused).hasStatus(409).bodyJson().extractingPath("$.detail").asString().contains("Payments were made");
        assertThat(admin.get(INVOICES + "/" + paid)).bodyJson().extractingPath("$.status").isEqualTo("PARTIALLY_PAID");
    }

    @Test
    void aPartialCreditNoteSettlesPartOfTheInvoiceAndCannotCreditMoreThanIsLeft() {
        String id = admin.draft(company, "[{\"description\": \"Design\", \"quantity\": \"3\", \"unitPrice\": \"100\"}, "
                + "{\"description\": \"Print\", \"quantity\": \"1\", \"unitPrice\": \"40\", \"taxRateId\": \"" + vat + "\"}]");
        admin.post(INVOICES + "/" + id + "/issue", "");

        MvcTestResult note = admin.post(INVOICES + "/" + id + "/credit-notes", "{\"lines\": [{\"description\": \"Design, one day less\", "
                + "\"quantity\": \"1\", \"unitPrice\": \"100\"}]}");

        assertThat(note).hasStatus(201).bodyJson().extractingPath("$.total.amount").isEqualTo("-100.00");
        assertThat(admin.get(INVOICES + "/" + id)).bodyJson().extractingPath("$.outstanding.amount").isEqualTo("247.60");
        assertThat(admin.get(INVOICES + "/" + id)).bodyJson().extractingPath("$.status").isEqualTo("PARTIALLY_PAID");
        assertThat(admin.post(INVOICES + "/" + id + "/credit-notes", "{\"lines\": [{\"description\": \"Too much\", \"quantity\": \"1\", "
                + "\"unitPrice\": \"300\"}]}")).hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("lines");

        MvcTestResult rest = admin.post(INVOICES + "/" + id + "/credit-notes", "");
        assertThat(rest).hasStatus(201).bodyJson().extractingPath("$.total.amount").isEqualTo("-247.60");
        assertThat(rest).bodyJson().extractingPath("$.taxes[*].percent").asArray().containsExactly("0", "19");
        assertThat(admin.get(INVOICES + "/" + id)).bodyJson().extractingPath("$.outstanding.amount").isEqualTo("0.00");
        assertThat(admin.post(INVOICES + "/" + id + "/credit-notes", "")).hasStatus(409);
        String noteId = read(rest, "$.id");
        String noteNumber = read(rest, "$.number");
        assertThat(admin.get(INVOICES + "?kind=CREDIT_NOTE&q=" + noteNumber)).bodyJson().extractingPath("$.data[*].id").asArray()
                .containsExactly(noteId);
    }
}
