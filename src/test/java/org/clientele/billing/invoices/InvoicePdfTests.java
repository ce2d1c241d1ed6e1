package org.clientele.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientele.billing.invoices.InvoiceCalls.INVOICES;
import static org.clientele.testing.ApiClient.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clientele.billing.pricing.TaxRateForm;
import org.clientele.billing.pricing.TaxRateManagement;
import org.clientele.testing.ApiClient;
import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The PDF of an issued invoice shows its number, customer, lines, tax breakdown per rate and totals. */
@ClienteleTest
class InvoicePdfTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    ApplicationContext context;

    @Autowired
    TaxRateManagement taxRates;

    @Test
    void theIssuedInvoicePrintsItsNumberLinesTaxBreakdownAndTotals() throws IOException {
        InvoiceFixture fixture = new InvoiceFixture(context).signIn();
        long company = fixture.company("Printed");
        long standard = taxRates.create(new TaxRateForm("Standard " + UUID.randomUUID(), new BigDecimal("19"), false)).id();
        long reduced = taxRates.create(new TaxRateForm("Reduced " + UUID.randomUUID(), new BigDecimal("7"), false)).id();
        InvoiceFixture.signOut();
        ApiClient admin = new ApiClient(mvc, encoder, fixture.adminId());
        String id = InvoiceCalls.draft(admin, company, "[{\"description\": \"Consulting workshop\", \"quantity\": \"10\", \"unit\": \"h\", "
                + "\"unitPrice\": \"95.50\", \"taxRateId\": \"" + standard + "\"}, {\"description\": \"Handbook\", \"quantity\": \"2\", "
                + "\"unitPrice\": \"20\", \"taxRateId\": \"" + reduced + "\"}]");
        String draftText = text(admin.get(INVOICES + "/" + id + "/pdf"));
        assertThat(draftText).contains("Draft");
        String number = read(admin.post(INVOICES + "/" + id + "/issue", ""), "$.number");

        MvcTestResult pdf = admin.get(INVOICES + "/" + id + "/pdf");

        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(pdf.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("filename=\"" + number + ".pdf\"");
        String text = text(pdf);
        assertThat(text).contains(number, "Printed", "DE123456789", "Consulting workshop", "Handbook", "955.00", "40.00");
        assertThat(text).as("tax breakdown: 19 %% of 955.00 and 7 %% of 40.00").contains("19%", "7%", "181.45", "2.80");
        assertThat(text).as("net, tax and total").contains("995.00", "184.25", "1,179.25");
        assertThat(text).doesNotContain("Draft");
    }

    private static String text(MvcTestResult pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
