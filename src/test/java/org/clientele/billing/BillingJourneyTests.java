package org.clientele.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clientele.billing.quotes.QuoteAccepted;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ApiClient;
import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Billing end to end through the API, a real SMTP server and real HTTP: a quotation is created
 * and sent (the customer's mail carries its PDF, whose text holds the number and the lines, and
 * the signed link), the customer accepts it through that link from behind a proxy (name, time and
 * address recorded, {@link QuoteAccepted} published), it becomes a draft invoice in one click, the
 * invoice is issued, paid in part and then in full, and the aging report follows each step.
 */
@ClienteleTest
class BillingJourneyTests {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static final Pattern LINK = Pattern.compile("https://crm\\.example\\.test(/public/quotes/\\d+\\?expires=\\d+&sig=[A-Za-z0-9_-]+)");

    private static final String QUOTES = "/api/v1/quotes";
    private static final String INVOICES = "/api/v1/invoices";

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
        registry.add("clientele.mail.from", () -> "crm@example.test");
        registry.add("clientele.base-url", () -> "https://crm.example.test/");
    }

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void quoteSentAcceptedThroughTheLinkInvoicedAndPaidInTwoParts() throws Exception {
        ApiClient admin = new ApiClient(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        String tag = "j" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        String company = admin.create("/api/v1/companies?allowDuplicates=true", """
                {"name": "Journey Co %s", "emails": ["office-%s@journey.example"]}""".formatted(tag, tag));
        String contact = admin.create("/api/v1/contacts?allowDuplicates=true", """
                {"firstName": "Sam", "lastName": "Signer %s", "companyId": "%s", "emails": ["sam-%s@journey.example"]}"""
                .formatted(tag, company, tag));
        String vat = admin.create("/api/v1/tax-rates", "{\"name\": \"VAT %s\", \"percent\": \"19\"}".formatted(tag));

        // 3 × 100.00 less 10 % = 270.00 and 2 × 25.50 = 51.00; 19 % of 321.00 = 60.99; 381.99 in all
        String quote = admin.create(QUOTES, """
                {"companyId": "%s", "contactId": "%s", "currency": "EUR", "language": "en", "terms": "Net 30 days.",
                 "lines": [{"description": "Consulting day", "quantity": "3", "unit": "d", "unitPrice": "100", "discountPercent": "10",
                            "taxRateId": "%s", "taxIncluded": false},
                           {"description": "Travel flat rate", "quantity": "2", "unitPrice": "25.50", "taxRateId": "%s"}]}"""
                .formatted(company, contact, vat, vat));
        String quoteNumber = ApiClient.read(admin.get(QUOTES + "/" + quote), "$.number");

        // sent: the mail with the PDF and the signed link reaches the contact
        assertThat(admin.post(QUOTES + "/" + quote + "/send", "{\"message\": \"Dear Sam, here is our offer.\"}")).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("SENT");
        assertThat(greenMail.waitForIncomingEmail(10_000, 1)).as("the customer got the mail").isTrue();
        MimeMessage mail = greenMail.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("sam-" + tag + "@journey.example");
        assertThat(mail.getSubject()).contains(quoteNumber);
        Parts parts = parts(mail);
        assertThat(parts.text()).contains("Dear Sam, here is our offer.");
        assertThat(parts.pdfName()).isEqualTo(quoteNumber + ".pdf");
        assertThat(pdfText(parts.pdf())).contains(quoteNumber, "Consulting day", "Travel flat rate", "60.99", "381.99");
        Matcher link = LINK.matcher(parts.text());
        assertThat(link.find()).as("the signed link is in the mail: %s", parts.text()).isTrue();
        String path = link.group(1);

        // accepted through the public link, without an account or a session
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(local(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(quoteNumber, "Consulting day");
        assertThat(page.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        HttpResponse<String> accepted = answer(path, "Sam Signer", "192.0.2.77");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        Map<String, Object> decision = jdbc.sql("select status, decided_by_name, decided_at, decided_from_address from billing_quotes where id = ?")
                .param(Long.parseLong(quote)).query().singleRow();
        assertThat(decision).containsEntry("status", "ACCEPTED").containsEntry("decided_by_name", "Sam Signer")
                .containsEntry("decided_from_address", "192.0.2.77");
        assertThat(decision.get("decided_at")).isNotNull();
        assertThat(jdbc.sql("select count(*) from event_publication where event_type = ? and serialized_event like ?")
                .params(QuoteAccepted.class.getName(), "%\"quoteId\":" + quote + ",%").query(Long.class).single())
                .as("QuoteAccepted was published").isPositive();
        assertThat(answer(path, "Sam Again", "192.0.2.78").statusCode()).as("answered once").isEqualTo(410);

        // accepted → a draft invoice in one click, issued with the next number of its series
        MvcTestResult made = admin.post(QUOTES + "/" + quote + "/invoice", "{}");
        assertThat(made).hasStatus(201);
        String invoice = ApiClient.read(made, "$.invoiceId");
        assertThat(admin.get(QUOTES + "/" + quote)).bodyJson().extractingPath("$.invoiceId").isEqualTo(invoice);
        assertThat(admin.post(QUOTES + "/" + quote + "/invoice", "{}")).as("one invoice per quotation").hasStatus(409).bodyJson()
                .extractingPath("$.candidates[0]").isEqualTo(invoice);
        MvcTestResult draft = admin.get(INVOICES + "/" + invoice);
        assertThat(draft).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("DRAFT");
        assertThat(ApiClient.<String>read(draft, "$.companyId")).isEqualTo(company);
        assertThat(ApiClient.<String>read(draft, "$.quoteId")).isEqualTo(quote);
        MvcTestResult issued = admin.post(INVOICES + "/" + invoice + "/issue", "{}");
        assertThat(issued).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("ISSUED");
        String invoiceNumber = ApiClient.read(issued, "$.number");
        assertThat(invoiceNumber).isNotBlank();
        assertThat(amount(issued, "$.total")).isEqualByComparingTo("381.99");
        LocalDate due = LocalDate.parse(ApiClient.read(issued, "$.dueOn"));
        LocalDate lateDay = due.plusDays(40);
        Bucket issuedAging = bucket(admin, lateDay, "31-60");
        assertThat(issuedAging.amount()).as("forty days after its due date the invoice is 31-60 days late").isGreaterThanOrEqualTo(
                new BigDecimal("381.99"));

        // paid in part: partially paid, and only the 181.99 left counts as late
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(admin.post("/api/v1/payments", payment(invoice, "200.00", today, "first part"))).hasStatus(201);
        MvcTestResult partly = admin.get(INVOICES + "/" + invoice);
        assertThat(partly).bodyJson().extractingPath("$.status").isEqualTo("PARTIALLY_PAID");
        assertThat(amount(partly, "$.outstanding")).isEqualByComparingTo("181.99");
        Bucket late = bucket(admin, lateDay, "31-60");
        assertThat(issuedAging.amount().subtract(late.amount())).isEqualByComparingTo("200.00");
        assertThat(late.count()).isEqualTo(issuedAging.count());
        Bucket current = bucket(admin, today, "current");
        assertThat(current.count()).isPositive();

        // paid in full: paid, nothing outstanding, and it leaves the aging report
        assertThat(admin.post("/api/v1/payments", payment(invoice, "181.99", today, "second part"))).hasStatus(201);
        MvcTestResult paid = admin.get(INVOICES + "/" + invoice);
        assertThat(paid).bodyJson().extractingPath("$.status").isEqualTo("PAID");
        assertThat(amount(paid, "$.paid")).isEqualByComparingTo("381.99");
        assertThat(amount(paid, "$.outstanding")).isEqualByComparingTo("0");
        Bucket after = bucket(admin, lateDay, "31-60");
        assertThat(issuedAging.amount().subtract(after.amount())).isEqualByComparingTo("381.99");
        assertThat(after.count()).isEqualTo(issuedAging.count() - 1);
        assertThat(jdbc.sql("select count(*) from event_publication where event_type like ? and serialized_event like ?")
                .params("%.InvoicePaid", "%\"invoiceId\":" + invoice + ",%").query(Long.class).single())
                .as("InvoicePaid was published").isPositive();
    }

    private static String payment(String invoice, String amount, LocalDate paidOn, String reference) {
        return """
                {"kind": "CUSTOMER_PAYMENT", "invoiceId": "%s", "amount": {"amount": "%s", "currency": "EUR"}, "paidOn": "%s",
                 "method": "BANK_TRANSFER", "reference": "%s"}""".formatted(invoice, amount, paidOn, reference);
    }

    private static BigDecimal amount(MvcTestResult result, String path) {
        return new BigDecimal(ApiClient.<String>read(result, path + ".amount"));
    }

    /** The EUR bucket of the aging report on a day, zero when there is nothing in it. */
    private static Bucket bucket(ApiClient api, LocalDate asOf, String key) {
        MvcTestResult report = api.get("/api/v1/reports/invoice-aging?asOf=" + asOf);
        assertThat(report).hasStatusOk();
        List<Map<String, Object>> currencies = ApiClient.read(report, "$.currencies[?(@.currency == 'EUR')].buckets[?(@.bucket == '"
                + key + "')]");
        if (currencies.isEmpty()) {
            return new Bucket(BigDecimal.ZERO, 0);
        }
        Map<String, Object> bucket = currencies.get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> amount = (Map<String, Object>) bucket.get("amount");
        return new Bucket(new BigDecimal((String) amount.get("amount")), ((Number) bucket.get("count")).longValue());
    }

    private record Bucket(BigDecimal amount, long count) {
    }

    private String local(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The accept form posted as a browser would, through a proxy that reports the customer's address. */
    private HttpResponse<String> answer(String path, String name, String clientAddress) throws Exception {
        URI uri = URI.create(local(path));
        String body = uri.getRawQuery() + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(local(uri.getRawPath() + "/accept")))
                .header("X-Forwarded-For", clientAddress).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static Parts parts(MimeMessage mail) throws Exception {
        String text = null;
        byte[] pdf = null;
        String pdfName = null;
        Multipart multipart = (Multipart) mail.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                part.getInputStream().transferTo(bytes);
                pdf = bytes.toByteArray();
                pdfName = part.getFileName();
            }
            else if (part.isMimeType("text/plain")) {
                text = part.getContent().toString();
            }
            else if (part.getContent() instanceof Multipart nested) {
                text = nested.getBodyPart(0).getContent().toString();
            }
        }
        return new Parts(text, pdf, pdfName);
    }

    private record Parts(String text, byte[] pdf, String pdfName) {
    }
}
