package org.clientele.billing.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ApiClient;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The quotation pages: a new one from a deal, rows added and removed, problems next to fields, the detail and its actions, the list. */
@ClienteleTest
class QuotePageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    private Cookie admin;
    private QuoteCalls calls;

    @BeforeEach
    void signIn() {
        admin = PageSessions.signInAsAdministrator(mvc);
        calls = new QuoteCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
    }

    @Test
    void aNewQuotationFromADealTakesItsCustomerAndLinesAndIsCreatedFromTheForm() {
        String tag = QuoteCalls.unique();
        String company = calls.company("Page Co " + tag);
        String deal = calls.api.create("/api/v1/deals", "{\"name\": \"Deal " + tag + "\", \"currency\": \"EUR\", \"companyId\": \"" + company
                + "\"}");
        assertThat(calls.api.put("/api/v1/deals/" + deal + "/lines", "[{\"description\": \"Seats\", \"quantity\": 4, \"unitPrice\": \"12.5\"}]"))
                .hasStatusOk();
        assertThat(html(mvc.get().uri("/deals/" + deal).cookie(admin).exchange()).select("[data-testid=new-quote]").attr("href"))
                .isEqualTo("/quotes/new?dealId=" + deal);

        Document form = html(mvc.get().uri("/quotes/new?dealId=" + deal).cookie(admin).exchange());
        assertThat(form.select("#companyId option[selected]").attr("value")).isEqualTo(company);
        assertThat(form.select("input[name=lines[0].description]").val()).isEqualTo("Seats");
        assertThat(form.select("input[name=lines[0].quantity]").val()).isEqualTo("4");
        assertThat(form.select("#dealId").val()).isEqualTo(deal);

        Document added = html(post("/quotes", "companyId", company, "currency", "EUR", "dealId", deal, "lines[0].description", "Seats",
                "lines[0].quantity", "4", "lines[0].unitPrice", "12.5", "row", "add"));
        assertThat(added.select("input[name=lines[1].quantity]").val()).as("a new row").isEqualTo("1");
        assertThat(added.select("input[name=lines[0].description]").val()).isEqualTo("Seats");
        Document removed = html(post("/quotes", "companyId", company, "currency", "EUR", "lines[0].description", "Seats",
                "lines[0].quantity", "4", "lines[1].description", "Gone", "lines[1].quantity", "1", "row", "1"));
        assertThat(removed.select("input[name=lines[1].description]")).isEmpty();

        Document refused = html(post("/quotes", "companyId", company, "currency", "EUR", "lines[0].description", "Seats",
                "lines[0].quantity", "0", "lines[0].unitPrice", "12.5"));
        assertThat(refused.select("input.is-invalid").eachAttr("name")).containsExactly("lines[0].quantity");

        MvcTestResult crafted = post("/quotes", "companyId", "abc", "currency", "EUR", "lines[0].description", "Seats",
                "lines[0].quantity", "1", "lines[0].unitPrice", "12.5");
        assertThat(crafted).as("a text where an id belongs").hasStatusOk();
        assertThat(html(crafted).select("#companyId-errors").text()).isEqualTo("This value is not valid.");
        assertThat(html(crafted).select("input[name=lines[0].description]").val()).isEqualTo("Seats");

        MvcTestResult created = post("/quotes", "companyId", company, "currency", "EUR", "dealId", deal, "lines[0].description", "Seats",
                "lines[0].quantity", "4", "lines[0].unitPrice", "12.5", "lines[1].description", "", "lines[1].quantity", "1");
        assertThat(created).hasStatus3xxRedirection();
        Document detail = html(follow(created));
        assertThat(detail.select("[data-testid=quote-status]").first().text()).isEqualTo("Draft");
        assertThat(detail.select("[data-testid=quote-gross]").text()).isEqualTo("50.00 EUR");
        assertThat(detail.select("[data-testid=send-form] #send-to").val()).startsWith("office@pageco");
        assertThat(detail.select("a[href=/deals/" + deal + "]")).isNotEmpty();
    }

    @Test
    void theDetailPageMarksSentShowsTheLinkRecordsTheAnswerAndRevises() {
        String tag = QuoteCalls.unique();
        String company = calls.company("Detail Co " + tag);
        String id = calls.draft(company, null, calls.taxRate("VAT " + tag, "19"));
        String page = "/quotes/" + id;

        Document sent = html(follow(post(page + "/mark-sent")));
        assertThat(sent.select("[data-testid=quote-status]").first().text()).isEqualTo("Sent");
        assertThat(sent.select("[data-testid=public-link]").val()).contains("/public/quotes/" + id + "?expires=");
        assertThat(sent.select("a[href=" + page + "/edit]")).as("no editing once sent").isEmpty();

        Document refused = html(follow(post(page + "/accept", "name", "")));
        assertThat(refused.select(".alert-danger").text()).contains("Type the full name.");
        Document accepted = html(follow(post(page + "/accept", "name", "Pat Buyer")));
        assertThat(accepted.select("[data-testid=quote-decision]").text()).contains("Accepted by Pat Buyer");
        assertThat(accepted.select("[data-testid=create-invoice]")).isNotEmpty();

        String other = calls.draft(company, null, null);
        calls.api.post("/api/v1/quotes/" + other + "/send", "{\"mail\": false}");
        MvcTestResult revised = post("/quotes/" + other + "/revise");
        assertThat(revised).hasStatus3xxRedirection();
        assertThat(revised.getResponse().getRedirectedUrl()).endsWith("/edit");
        Document edit = html(follow(revised));
        assertThat(edit.select("input[name=lines[0].description]").val()).isEqualTo("Consulting day");
        Document old = html(mvc.get().uri("/quotes/" + other).cookie(admin).exchange());
        assertThat(old.select("[data-testid=quote-revisions] li")).hasSize(2);
        assertThat(old.select("[data-testid=quote-status]").first().text()).isEqualTo("Superseded");
    }

    @Test
    void theListShowsCurrentRevisionsAndFiltersByStatus() {
        String tag = QuoteCalls.unique();
        String company = calls.company("List Co " + tag);
        String draft = calls.draft(company, null, null);
        String sent = calls.draft(company, null, null);
        calls.api.post("/api/v1/quotes/" + sent + "/send", "{\"mail\": false}");

        Document all = html(mvc.get().uri("/quotes?companyId=" + company).cookie(admin).exchange());
        assertThat(all.select("[data-testid=quotes] tbody tr")).hasSize(2);
        Document onlySent = html(mvc.get().uri("/quotes?companyId=" + company + "&status=SENT").cookie(admin).exchange());
        assertThat(onlySent.select("[data-testid=quotes] tbody a").eachAttr("href")).containsExactly("/quotes/" + sent);
        Document none = html(mvc.get().uri("/quotes?companyId=" + company + "&status=EXPIRED").cookie(admin).exchange());
        assertThat(none.select("[data-testid=quotes-empty]")).isNotEmpty();
        assertThat(draft).isNotEqualTo(sent);
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
