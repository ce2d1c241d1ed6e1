package org.clientele.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The invoice pages: a draft made with rows added on the form and problems shown next to the
 * fields, issued after confirmation, then only credited or voided; the list and the aging page.
 */
@ClienteleTest
class InvoicePageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    private Cookie admin;
    private long company;

    @BeforeEach
    void signIn() {
        company = new InvoiceFixture(context).signIn().company("Page customer");
        InvoiceFixture.signOut();
        admin = PageSessions.signInAsAdministrator(mvc);
    }

    @AfterEach
    void signOut() {
        InvoiceFixture.signOut();
    }

    @Test
    void aDraftIsMadeOnTheFormIssuedAfterConfirmationAndNeverEditedAgain() {
        Document form = html(mvc.get().uri("/invoices/new?companyId=" + company).cookie(admin).exchange());
        assertThat(form.select("#companyId option[selected]").attr("value")).isEqualTo(String.valueOf(company));
        assertThat(form.select("[data-testid=line-rows] tbody tr")).hasSize(1);

        Document twoRows = html(post("/invoices", "companyId", String.valueOf(company), "currency", "EUR", "lines[0].description",
                "Design", "lines[0].quantity", "2", "lines[0].unitPrice", "150", "addLine", "true"));
        assertThat(twoRows.select("[data-testid=line-rows] tbody tr")).hasSize(2);
        assertThat(twoRows.select("textarea[name='lines[0].description']").text()).isEqualTo("Design");

        Document refused = html(post("/invoices", "companyId", String.valueOf(company), "currency", "EUR", "lines[0].description",
                "Design", "lines[0].quantity", "0", "lines[0].unitPrice", "150"));
        assertThat(refused.select(".is-invalid").eachAttr("name")).contains("lines[0].quantity");

        MvcTestResult created = post("/invoices", "companyId", String.valueOf(company), "currency", "EUR", "language", "en",
                "lines[0].description", "Design", "lines[0].quantity", "2", "lines[0].unitPrice", "150", "lines[1].description",
                "Hosting", "lines[1].quantity", "1", "lines[1].unitPrice", "30", "lines[1].discountPercent", "10");
        String location = created.getResponse().getRedirectedUrl();
        Document draft = html(follow(created));
        assertThat(draft.select("[data-testid=invoice-lines] tbody tr")).hasSize(2);
        assertThat(draft.select("[data-testid=invoice-outstanding]").text()).isEqualTo("327.00 EUR");
        assertThat(draft.select("[data-testid=issue]")).hasSize(1);

        assertThat(html(mvc.get().uri(location + "/issue").cookie(admin).exchange()).select("[data-testid=confirm]")).hasSize(1);
        Document issued = html(follow(post(location + "/issue")));
        assertThat(issued.select("[data-testid=invoice-number]").text()).isNotEqualTo("Draft");
        assertThat(issued.select(".badge").text()).contains("Issued");
        assertThat(issued.select("[data-testid=issue]")).isEmpty();
        assertThat(issued.select("[data-testid=record-payment]").attr("href")).isEqualTo("/payments/new?invoiceId="
                + location.substring(location.lastIndexOf('/') + 1));
        assertThat(html(follow(mvc.get().uri(location + "/edit").cookie(admin).exchange())).select(".alert").text())
                .contains("An issued invoice never changes");

        Document voided = html(follow(post(location + "/void", "reason", "Duplicate")));
        assertThat(voided.select("[data-testid=invoice-number]").text()).as("the credit note's page").isNotBlank();
        assertThat(voided.select(".alert").text()).contains("The invoice is void");
        assertThat(html(mvc.get().uri(location).cookie(admin).exchange()).select("[data-testid=invoice-void]").text()).contains("Duplicate");
    }

    @Test
    void theListFiltersAndTheAgingPageShowOutstandingAmounts() {
        Document list = html(mvc.get().uri("/invoices?kind=INVOICE&status=DRAFT&q=Page+customer").cookie(admin).exchange());
        assertThat(list.select("#kind option[selected]").attr("value")).isEqualTo("INVOICE");
        Document fragment = html(mvc.get().uri("/invoices?status=VOID&q=nothing-matches-this").header("HX-Request", "true")
                .cookie(admin).exchange());
        assertThat(fragment.select("[data-testid=invoices-no-match]")).hasSize(1);
        assertThat(fragment.select("h1")).isEmpty();
        Document aging = html(mvc.get().uri("/reports/invoice-aging?asOf=2026-06-30").cookie(admin).exchange());
        assertThat(aging.select("#asOf").val()).isEqualTo("2026-06-30");
    }

    private MvcTestResult follow(MvcTestResult redirect) {
        assertThat(redirect).hasStatus3xxRedirection();
        var request = mvc.get().uri(redirect.getResponse().getRedirectedUrl()).cookie(admin);
        if (redirect.getMvcResult().getFlashMap() != null) {
            request = request.flashAttrs(redirect.getMvcResult().getFlashMap());
        }
        return request.exchange();
    }

    private MvcTestResult post(String path, String... params) {
        var request = mvc.post().uri(path).with(csrf()).cookie(admin);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private static Document html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
