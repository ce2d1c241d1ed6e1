package org.clientele.billing.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientele.billing.quotes.QuoteCalls.QUOTES;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clientele.billing.documents.SellerProfiles;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ApiClient;
import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * {@code /api/v1/quotes}: a draft with its number, amounts and tax shares; changes only while a
 * draft; validation; revisions that leave the one revised as it was; the customer's answer as a
 * user records it; the expiry job; and the list.
 */
@ClienteleTest
@RecordApplicationEvents
class QuoteApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuoteExpiry expiry;

    @Autowired
    ApplicationEvents events;

    @Autowired
    SellerProfiles sellers;

    private QuoteCalls calls;
    private ApiClient admin;
    private String company;
    private String contact;
    private String rate;

    @BeforeEach
    void customerAndRate() {
        calls = new QuoteCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        admin = calls.api;
        String tag = QuoteCalls.unique();
        company = calls.company("Quote Co " + tag);
        contact = calls.contact("Dana", "Buyer " + tag, company, "dana-" + tag + "@buyer.example");
        rate = calls.taxRate("VAT " + tag, "19");
    }

    @Test
    void aDraftGetsItsNumberAtOnceWithAmountsAndTaxShares() {
        MvcTestResult created = admin.post(QUOTES, """
                {"companyId": "%s", "contactId": "%s", "currency": "eur", "issueDate": "2026-03-02", "documentDiscountPercent": "0",
                 "lines": [{"description": "Consulting day", "quantity": "3", "unit": "d", "unitPrice": "100", "discountPercent": "10",
                            "taxRateId": "%s", "taxIncluded": false},
                           {"description": "Travel flat rate", "quantity": "2", "unitPrice": "25.50", "taxRateId": "%s"}]}"""
                .formatted(company, contact, rate, rate));

        assertThat(created).hasStatus(201).bodyJson()
                .hasPathSatisfying("$.status", value -> assertThat(value).isEqualTo("DRAFT"))
                .hasPathSatisfying("$.revision", value -> assertThat(value).isEqualTo(1))
                .hasPathSatisfying("$.number", value -> assertThat(value).asString().contains("2026"))
                .hasPathSatisfying("$.currency", value -> assertThat(value).isEqualTo("EUR"))
                .hasPathSatisfying("$.validUntil", value -> assertThat(value).isEqualTo(LocalDate.parse("2026-03-02")
                        .plusDays(sellers.current().quoteValidityDays()).toString()))
                .hasPathSatisfying("$.lines[0].quantity", value -> assertThat(value).isEqualTo("3"))
                .hasPathSatisfying("$.lines[0].amount.amount", value -> assertThat(value).isEqualTo("270.00"))
                .hasPathSatisfying("$.lines[0].taxPercent", value -> assertThat(value).isEqualTo("19"))
                .hasPathSatisfying("$.lines[1].unitPrice", value -> assertThat(value).isEqualTo("25.5"))
                .hasPathSatisfying("$.amounts.net.amount", value -> assertThat(value).isEqualTo("321.00"))
                .hasPathSatisfying("$.amounts.tax.amount", value -> assertThat(value).isEqualTo("60.99"))
                .hasPathSatisfying("$.amounts.gross.amount", value -> assertThat(value).isEqualTo("381.99"))
                .hasPathSatisfying("$.amounts.taxes[0].percent", value -> assertThat(value).isEqualTo("19"))
                .hasPathSatisfying("$.amounts.taxes[0].tax.amount", value -> assertThat(value).isEqualTo("60.99"))
                .hasPathSatisfying("$.revisions.length()", value -> assertThat(value).isEqualTo(1));
        String id = ApiClient.read(created, "$.id");
        Map<String, Object> row = jdbc.sql("select number, net_total, tax_total, gross_total from billing_quotes where id = ?")
                .param(Long.parseLong(id)).query().singleRow();
        assertThat(row.get("gross_total").toString()).startsWith("381.99");
        assertThat(created.getResponse().getHeader("Location")).isEqualTo(QUOTES + "/" + id);
    }

    @Test
    void invalidInputIsRefusedWithTheFieldsAtFault() {
        assertThat(admin.post(QUOTES, "{\"currency\": \"XX\", \"lines\": []}")).hasStatus(422).bodyJson()
                .extractingPath("$.errors[*].field").asArray().contains("companyId", "currency");
        assertThat(admin.post(QUOTES, """
                {"companyId": "%s", "currency": "EUR", "validUntil": "2020-01-01", "issueDate": "2020-02-01",
                 "lines": [{"description": "x", "quantity": "1", "unitPrice": "1"}]}""".formatted(company)))
                .hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("validUntil");
        assertThat(admin.post(QUOTES, """
                {"companyId": "%s", "currency": "EUR", "lines": [{"description": "x", "quantity": "0", "unitPrice": "1"}]}"""
                .formatted(company))).hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactly("lines[0].quantity");
        assertThat(admin.post(QUOTES, "{\"companyId\": \"" + company + "\", \"currency\": \"EUR\", \"colour\": \"red\"}"))
                .hasStatus(422);
        assertThat(count()).as("nothing was created, so no number was used up").isZero();
    }

    @Test
    void onlyADraftChangesAndASentOneAnswers409() {
        String id = calls.draft(company, contact, rate);
        assertThat(admin.patch(QUOTES + "/" + id, "{\"notes\": \"Thanks\", \"lines\": [{\"description\": \"One\", \"quantity\": 1, "
                + "\"unitPrice\": \"10\"}]}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.lines.length()", value -> assertThat(value).isEqualTo(1))
                .hasPathSatisfying("$.amounts.gross.amount", value -> assertThat(value).isEqualTo("10.00"))
                .hasPathSatisfying("$.notes", value -> assertThat(value).isEqualTo("Thanks"));

        assertThat(admin.post(QUOTES + "/" + id + "/send", "{\"mail\": false}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.status", value -> assertThat(value).isEqualTo("SENT"))
                .hasPathSatisfying("$.publicLink", value -> assertThat(value).asString().contains("/public/quotes/" + id + "?expires="));

        assertThat(admin.patch(QUOTES + "/" + id, "{\"notes\": \"Changed\"}")).hasStatus(409);
        assertThat(admin.delete(QUOTES + "/" + id)).hasStatus(409);
        assertThat(admin.post(QUOTES + "/" + id + "/send", "{\"mail\": false}")).hasStatus(409);
        assertThat(admin.post(QUOTES + "/" + id + "/invoice", "{}")).as("not accepted yet").hasStatus(409);
        assertThat(admin.get(QUOTES + "/" + id)).bodyJson().extractingPath("$.notes").isEqualTo("Thanks");
    }

    @Test
    void aRevisionCopiesTheQuotationAndLeavesTheFirstAsItWas() {
        String first = calls.draft(company, contact, rate);
        admin.post(QUOTES + "/" + first + "/send", "{\"mail\": false}");
        Map<String, Object> before = row(first);
        List<Map<String, Object>> linesBefore = lines(first);

        MvcTestResult revised = admin.post(QUOTES + "/" + first + "/revise", "{}");
        assertThat(revised).hasStatus(201);
        String second = ApiClient.read(revised, "$.id");
        assertThat(revised).bodyJson()
                .hasPathSatisfying("$.revision", value -> assertThat(value).isEqualTo(2))
                .hasPathSatisfying("$.status", value -> assertThat(value).isEqualTo("DRAFT"))
                .hasPathSatisfying("$.number", value -> assertThat(value).isEqualTo(ApiClient.read(admin.get(QUOTES + "/" + first), "$.number")))
                .hasPathSatisfying("$.previousRevisionId", value -> assertThat(value).isEqualTo(first))
                .hasPathSatisfying("$.lines.length()", value -> assertThat(value).isEqualTo(2))
                .hasPathSatisfying("$.amounts.gross.amount", value -> assertThat(value).isEqualTo("381.99"));
        assertThat(admin.patch(QUOTES + "/" + second, "{\"lines\": [{\"description\": \"Cheaper\", \"quantity\": 1, \"unitPrice\": 5}]}"))
                .hasStatusOk();

        MvcTestResult old = admin.get(QUOTES + "/" + first);
        assertThat(old).bodyJson().hasPathSatisfying("$.status", value -> assertThat(value).isEqualTo("SUPERSEDED"))
                .hasPathSatisfying("$.revisions[*].id", value -> assertThat(value).asArray().containsExactly(first, second));
        assertThat(row(first)).as("the first revision is unchanged but for its status").isEqualTo(before);
        assertThat(lines(first)).isEqualTo(linesBefore);
        assertThat(admin.patch(QUOTES + "/" + first, "{\"notes\": \"x\"}")).hasStatus(409);
        assertThat(admin.post(QUOTES + "/" + first + "/revise", "{}")).as("superseded already").hasStatus(409);
        assertThat(admin.get(QUOTES + "?companyId=" + company)).bodyJson().extractingPath("$.data[*].id").asArray()
                .containsExactly(second);

        assertThat(admin.delete(QUOTES + "/" + second)).hasStatus(204);
        assertThat(admin.get(QUOTES + "/" + first)).bodyJson().extractingPath("$.status").isEqualTo("SENT");
    }

    @Test
    void aUserRecordsTheCustomersAnswer() {
        String accepted = calls.draft(company, contact, rate);
        admin.post(QUOTES + "/" + accepted + "/send", "{\"mail\": false}");
        assertThat(admin.post(QUOTES + "/" + accepted + "/accept", "{}")).as("the name is required").hasStatus(422);
        assertThat(admin.post(QUOTES + "/" + accepted + "/accept", "{\"name\": \" Dana Buyer \"}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.status", value -> assertThat(value).isEqualTo("ACCEPTED"))
                .hasPathSatisfying("$.decidedByName", value -> assertThat(value).isEqualTo("Dana Buyer"));
        assertThat(events.stream(QuoteAccepted.class).filter(event -> event.quoteId() == Long.parseLong(accepted)))
                .singleElement().satisfies(event -> {
                    assertThat(event.total().amount()).isEqualByComparingTo("381.99");
                    assertThat(event.companyId()).isEqualTo(Long.parseLong(company));
                    assertThat(event.acceptedBy()).isEqualTo("Dana Buyer");
                });
        assertThat(admin.post(QUOTES + "/" + accepted + "/decline", "{}")).as("answered already").hasStatus(409);

        String declined = calls.draft(company, contact, rate);
        admin.post(QUOTES + "/" + declined + "/send", "{\"mail\": false}");
        assertThat(admin.post(QUOTES + "/" + declined + "/decline", "{\"reason\": \"Too expensive\"}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.status", value -> assertThat(value).isEqualTo("DECLINED"))
                .hasPathSatisfying("$.declineReason", value -> assertThat(value).isEqualTo("Too expensive"));
        assertThat(events.stream(QuoteDeclined.class).filter(event -> event.quoteId() == Long.parseLong(declined))).hasSize(1);
    }

    @Test
    void theDailyJobExpiresSentQuotationsPastTheirValidity() {
        String sent = calls.draft(company, contact, rate);
        admin.patch(QUOTES + "/" + sent, "{\"issueDate\": \"2026-01-05\", \"validUntil\": \"2026-01-20\"}");
        admin.post(QUOTES + "/" + sent + "/send", "{\"mail\": false}");
        String draft = calls.draft(company, contact, rate);
        admin.patch(QUOTES + "/" + draft, "{\"issueDate\": \"2026-01-05\", \"validUntil\": \"2026-01-20\"}");

        assertThat(expiry.expireBefore(LocalDate.parse("2026-01-20"))).as("still valid on its last day").doesNotContain(Long.parseLong(sent));
        assertThat(expiry.expireBefore(LocalDate.parse("2026-01-21"))).contains(Long.parseLong(sent)).doesNotContain(Long.parseLong(draft));

        assertThat(admin.get(QUOTES + "/" + sent)).bodyJson().extractingPath("$.status").isEqualTo("EXPIRED");
        assertThat(admin.get(QUOTES + "/" + draft)).bodyJson().extractingPath("$.status").isEqualTo("DRAFT");
        assertThat(admin.post(QUOTES + "/" + sent + "/revise", "{}")).as("an expired one may be revised").hasStatus(201);
    }

    @Test
    void theListPagesByKeysetAndFiltersByStatusAndCustomer() {
        String first = calls.draft(company, contact, rate);
        String second = calls.draft(company, contact, rate);
        String third = calls.draft(company, contact, rate);
        admin.post(QUOTES + "/" + second + "/send", "{\"mail\": false}");

        MvcTestResult page = admin.get(QUOTES + "?companyId=" + company + "&limit=2&sort=-createdAt");
        assertThat(page).hasStatusOk().bodyJson().extractingPath("$.data[*].id").asArray().containsExactly(third, second);
        String next = ApiClient.read(page, "$.next");
        assertThat(admin.get(QUOTES + "?companyId=" + company + "&limit=2&sort=-createdAt&cursor=" + next)).bodyJson()
                .extractingPath("$.data[*].id").asArray().containsExactly(first);
        assertThat(admin.get(QUOTES + "?companyId=" + company + "&status=SENT")).bodyJson().extractingPath("$.data[*].id").asArray()
                .containsExactly(second);
        assertThat(admin.get(QUOTES + "?status=LOST")).hasStatus(422);
        assertThat(admin.get(QUOTES + "?sort=colour")).hasStatus(422);
    }

    /** The quotation's row but for what marking it superseded changes. */
    private Map<String, Object> row(String id) {
        Map<String, Object> row = new HashMap<>(jdbc.sql("select * from billing_quotes where id = ?").param(Long.parseLong(id)).query()
                .singleRow());
        row.keySet().removeAll(List.of("status", "version", "updated_at"));
        return row;
    }

    private List<Map<String, Object>> lines(String id) {
        return jdbc.sql("select * from billing_quote_lines where quote_id = ? order by position").param(Long.parseLong(id)).query()
                .listOfRows();
    }

    private long count() {
        return jdbc.sql("select count(*) from billing_quotes where company_id = ?").param(Long.parseLong(company)).query(Long.class).single();
    }
}
