package org.clientele.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.clientele.platform.Flash;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ApiClient;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every page form bound to a record or bean: a text where a number, id, date or choice belongs
 * shows the form again with the message at that field and the other values as typed, and writes
 * nothing. Each form appears with a field it cannot convert; {@code {company}} and the like in a
 * path stand for a record made before the tests. Forms of text alone (passwords, codes, exchange
 * rates, preferences) have nothing to convert; the invitation form binds its roles as the user form
 * does but shows no form while mail is not set up, as here.
 */
@ClienteleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordFormBindingTests {

    private static final String NOT_VALID = "This value is not valid.";
    private static final String NOT_A_NUMBER = "Enter a number such as 12.50.";
    private static final String NOT_A_WHOLE_NUMBER = "Enter a whole number.";
    private static final String NOT_A_DATE = "Enter a valid date.";
    private static final String NOT_A_DATE_AND_TIME = "Enter a valid date and time.";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SetupStatus setup;

    private final Map<String, String> records = new HashMap<>();
    private Cookie admin;

    static Stream<Form> forms() {
        return Stream.of(
                new Form("/companies", "ownerId", "abc", NOT_VALID).keeping("name", "companies", "name"),
                new Form("/companies/{company}", "teamId", "abc", NOT_VALID).keeping("name", "companies", "name"),
                new Form("/contacts", "birthday", "tomorrow", NOT_A_DATE).keeping("lastName", "contacts", "last_name"),
                new Form("/contacts/{contact}", "companyId", "abc", NOT_VALID).keeping("lastName", "contacts", "last_name"),
                new Form("/leads", "sourceId", "abc", NOT_VALID).keeping("lastName", "leads", "last_name"),
                new Form("/leads/{lead}", "industryId", "abc", NOT_VALID).keeping("lastName", "leads", "last_name"),
                new Form("/companies/{company}/timeline/calls", "durationMinutes", "ten", NOT_A_WHOLE_NUMBER)
                        .errorsAt("timeline-call-duration-errors").keeping("body", "timeline_entries", "body"),
                new Form("/contacts/{contact}/timeline/meetings", "occurredAt", "tomorrow", NOT_A_DATE_AND_TIME)
                        .errorsAt("timeline-meeting-occurred-at-errors").keeping("body", "timeline_entries", "body"),
                new Form("/leads/{lead}/timeline/calls", "durationMinutes", "ten", NOT_A_WHOLE_NUMBER)
                        .errorsAt("timeline-call-duration-errors").keeping("body", "timeline_entries", "body"),
                new Form("/deals", "companyId", "abc", NOT_VALID).keeping("name", "deals", "name").with("currency", "EUR"),
                new Form("/deals/{deal}", "amount", "12,3x", NOT_A_NUMBER).keeping("name", "deals", "name").with("currency", "EUR"),
                new Form("/deals/{deal}/shipments", "quantity", "two", NOT_A_NUMBER).keeping("note", "shipments", "note")
                        .with("dealLineId", "{line}"),
                new Form("/shipments/{shipment}", "plannedOn", "tomorrow", NOT_A_DATE).keeping("note", "shipments", "note")
                        .with("dealLineId", "{line}", "quantity", "1"),
                new Form("/products", "price", "12,3x", NOT_A_NUMBER).keeping("name", "products", "name"),
                new Form("/products/{product}", "categoryId", "abc", NOT_VALID).keeping("name", "products", "name"),
                new Form("/price-lists", "companyTypeId", "abc", NOT_VALID).keeping("name", "price_lists", "name")
                        .with("currency", "EUR"),
                new Form("/price-lists/{priceList}", "validFrom", "tomorrow", NOT_A_DATE).keeping("name", "price_lists", "name")
                        .with("currency", "EUR"),
                new Form("/requests", "source", "PIGEON", NOT_VALID).keeping("subject", "requests", "subject"),
                new Form("/requests/{request}", "leadSourceId", "abc", NOT_VALID).keeping("subject", "requests", "subject"),
                new Form("/admin/web-forms", "leadSourceId", "abc", NOT_VALID).keeping("name", "web_forms", "name"),
                new Form("/admin/web-forms/{webForm}", "leadSourceId", "abc", NOT_VALID).keeping("name", "web_forms", "name"),
                new Form("/quotes", "companyId", "abc", NOT_VALID)
                        .keeping("lines[0].description", "billing_quote_lines", "description")
                        .with("currency", "EUR", "lines[0].quantity", "1", "lines[0].unitPrice", "10"),
                new Form("/quotes/{quote}", "lines[0].quantity", "two", NOT_A_NUMBER)
                        .keeping("lines[0].description", "billing_quote_lines", "description")
                        .with("companyId", "{company}", "currency", "EUR", "lines[0].unitPrice", "10"),
                new Form("/invoices", "companyId", "abc", NOT_VALID)
                        .keeping("lines[0].description", "billing_invoice_lines", "description")
                        .with("currency", "EUR", "lines[0].quantity", "1", "lines[0].unitPrice", "10"),
                new Form("/invoices/{invoice}", "lines[0].unitPrice", "12,3x", NOT_A_NUMBER)
                        .keeping("lines[0].description", "billing_invoice_lines", "description")
                        .with("companyId", "{company}", "currency", "EUR", "lines[0].quantity", "1"),
                new Form("/payments", "amount", "12,3x", NOT_A_NUMBER).keeping("reference", "billing_transactions", "reference")
                        .with("kind", "CUSTOMER_PAYMENT", "companyId", "{company}", "currency", "EUR", "method", "CASH"),
                new Form("/admin/billing", "paymentTermDays", "thirty", NOT_A_WHOLE_NUMBER)
                        .keeping("name", "billing_seller_profile", "name"),
                new Form("/admin/teams", "parentId", "abc", NOT_VALID).keeping("name", "teams", "name"),
                new Form("/admin/teams/{team}", "parentId", "abc", NOT_VALID).keeping("name", "teams", "name"),
                new Form("/admin/users", "roles", "OVERLORD", NOT_VALID).keeping("fullName", "users", "full_name")
                        .with("email", "new-user@clientele.test", "temporaryPassword", "Temporary-Password-1"),
                new Form("/admin/users/{user}", "roles", "OVERLORD", NOT_VALID).keeping("fullName", "users", "full_name")
                        .with("language", "en", "timeZone", "UTC"),
                new Form("/profile/tokens/new", "expiresOn", "31/12/2099", NOT_A_DATE)
                        .keeping("name", "personal_access_tokens", "name").with("scopes", "customers:read"));
    }

    @BeforeAll
    void createRecordsToChange() {
        ApiClient api = new ApiClient(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        String word = unique();
        records.put("user", Long.toString(setup.firstAdministratorId().orElseThrow()));
        records.put("company", api.create("/api/v1/companies", "{\"name\": \"Binding " + word + "\"}"));
        records.put("contact", api.create("/api/v1/contacts", "{\"lastName\": \"Binding " + word + "\"}"));
        records.put("lead", api.create("/api/v1/leads", "{\"lastName\": \"Binding " + word + "\"}"));
        String deal = api.create("/api/v1/deals", "{\"name\": \"Binding " + word + "\", \"currency\": \"EUR\"}");
        assertThat(api.put("/api/v1/deals/" + deal + "/lines", """
                [{"description": "Racks", "quantity": "5", "unitPrice": "100"}]""")).hasStatusOk();
        records.put("deal", deal);
        records.put("line", ApiClient.read(api.get("/api/v1/deals/" + deal), "$.lines[0].id"));
        records.put("shipment", api.create("/api/v1/deals/" + deal + "/shipments",
                "{\"dealLineId\": \"" + records.get("line") + "\", \"quantity\": \"1\"}"));
        records.put("product", api.create("/api/v1/products", "{\"name\": \"Binding " + word + "\", \"kind\": \"SERVICE\", "
                + "\"unit\": \"day\", \"listPrice\": {\"amount\": \"900\", \"currency\": \"EUR\"}}"));
        records.put("priceList", api.create("/api/v1/price-lists", """
                {"name": "Binding %s", "currency": "EUR", "validFrom": "2020-01-01", "entries": []}""".formatted(word)));
        records.put("request", api.create("/api/v1/requests", "{\"lastName\": \"Binding " + word + "\", \"subject\": \"Binding\"}"));
        String source = api.create("/api/v1/lead-sources", "{\"name\": \"Binding " + word + "\"}");
        records.put("webForm", api.create("/api/v1/web-forms", """
                {"name": "Binding %s", "leadSourceId": "%s", "fields": ["EMAIL"], "requiredFields": ["EMAIL"]}"""
                .formatted(word, source)));
        String lines = "\"lines\": [{\"description\": \"Seats\", \"quantity\": \"1\", \"unitPrice\": \"10\"}]";
        records.put("quote", api.create("/api/v1/quotes",
                "{\"companyId\": \"" + records.get("company") + "\", \"currency\": \"EUR\", " + lines + "}"));
        records.put("invoice", api.create("/api/v1/invoices",
                "{\"companyId\": \"" + records.get("company") + "\", \"currency\": \"EUR\", " + lines + "}"));
        records.put("team", api.create("/api/v1/teams", "{\"name\": \"Binding " + word + "\"}"));
    }

    @BeforeEach
    void signIn() {
        admin = PageSessions.signInAsAdministrator(mvc);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void aTextWhereAnotherTypeBelongsIsAProblemAtItsFieldAndTheOtherValuesStay(Form form) {
        String kept = "Kept " + unique();
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(resolve(form.path())).cookie(admin).with(csrf())
                .param(form.field(), form.typed()).param(form.keptField(), kept);
        for (int i = 0; i < form.others().size(); i += 2) {
            request.param(form.others().get(i), resolve(form.others().get(i + 1)));
        }
        MvcTestResult answer = mvc.perform(request);

        assertThat(answer.getResponse().getStatus()).as("status").isIn(200, 422);
        Document page = html(answer);
        Element errors = page.getElementById(form.errorsId());
        assertThat(errors).as("messages of %s", form.field()).isNotNull();
        assertThat(errors.text()).as("message at %s", form.field()).isEqualTo(form.message());
        assertThat(page.select("[name=\"" + form.keptField() + "\"]").stream().map(Element::val)).as("%s as typed", form.keptField())
                .contains(kept);
        assertThat(jdbc.sql("select count(*) from " + form.table() + " where " + form.column() + " = ?").param(kept)
                .query(Long.class).single()).as("rows written").isZero();
    }

    /** The line row on the deal page is no page of its own: it goes back to the deal with a warning. */
    @Test
    void aDealLineWithATextForItsQuantityGoesBackToTheDealWithAWarning() {
        String description = "Kept " + unique();
        MvcTestResult answer = mvc.post().uri("/deals/" + records.get("deal") + "/lines").cookie(admin).with(csrf())
                .param("description", description).param("quantity", "two").param("unitPrice", "10").exchange();

        assertThat(answer).hasStatus3xxRedirection().hasRedirectedUrl("/deals/" + records.get("deal"));
        assertThat(answer).flash().containsKey(Flash.ATTRIBUTE);
        assertThat(jdbc.sql("select count(*) from deal_lines where description = ?").param(description).query(Long.class).single())
                .isZero();
    }

    /** The two-factor policy is a row of check boxes that cannot send an unknown role; a crafted one is a bad request. */
    @Test
    void anUnknownRoleForTheTwoFactorPolicyIsABadRequest() {
        MvcTestResult answer = mvc.post().uri("/admin/two-factor").cookie(admin).with(csrf()).param("roles", "OVERLORD").exchange();

        assertThat(answer).hasStatus(400);
    }

    private String resolve(String text) {
        String resolved = text;
        for (Map.Entry<String, String> record : records.entrySet()) {
            resolved = resolved.replace("{" + record.getKey() + "}", record.getValue());
        }
        return resolved;
    }

    private static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A form posted with a text in {@code field} that cannot become its type, and a text in
     * {@code keptField} that must come back as typed and must not reach {@code table.column}.
     */
    record Form(String path, String field, String typed, String message, String errorsId, String keptField, String table,
            String column, List<String> others) {

        Form(String path, String field, String typed, String message) {
            this(path, field, typed, message, field + "-errors", null, null, null, List.of());
        }

        Form errorsAt(String id) {
            return new Form(path, field, typed, message, id, keptField, table, column, others);
        }

        Form keeping(String name, String inTable, String inColumn) {
            return new Form(path, field, typed, message, errorsId, name, inTable, inColumn, others);
        }

        /** More fields, as name and value pairs. */
        Form with(String... pairs) {
            List<String> all = new ArrayList<>(others);
            all.addAll(List.of(pairs));
            return new Form(path, field, typed, message, errorsId, keptField, table, column, all);
        }

        @Override
        public String toString() {
            return "POST " + path + " " + field + "=" + typed;
        }
    }
}
