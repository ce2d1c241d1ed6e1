package org.clientele.billing.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientele.billing.quotes.QuoteCalls.QUOTES;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
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
import org.clientele.billing.invoices.InvoicePayments;
import org.clientele.billing.invoices.InvoiceStatus;
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
 * A quotation's whole way, over a real SMTP server and real HTTP: created, sent (the customer
 * receives the mail with the PDF, whose text holds the number and the lines, and the signed
 * link), accepted by the customer through that link from behind a proxy (name, time and address
 * recorded, QuoteAccepted published, the answer on the company's timeline), and made into a draft
 * invoice in one click; a second click answers 409 naming that invoice.
 */
@ClienteleTest
class QuoteMailJourneyTests {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static final Pattern LINK = Pattern.compile("https://crm\\.example\\.test(/public/quotes/\\d+\\?expires=\\d+&sig=[A-Za-z0-9_-]+)");

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

    @Autowired
    InvoicePayments invoices;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void createSendAcceptThroughTheLinkAndInvoice() throws Exception {
        QuoteCalls calls = new QuoteCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        ApiClient admin = calls.api;
        String tag = QuoteCalls.unique();
        String company = calls.company("Journey Co " + tag);
        String contact = calls.contact("Sam", "Signer " + tag, company, "sam-" + tag + "@journey.example");
        String id = calls.draft(company, contact, calls.taxRate("VAT " + tag, "19"));
        String number = ApiClient.read(admin.get(QUOTES + "/" + id), "$.number");

        MvcTestResult sent = admin.post(QUOTES + "/" + id + "/send", "{\"message\": \"Dear Sam, here is our offer.\"}");
        assertThat(sent).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("SENT");

        assertThat(greenMail.waitForIncomingEmail(10_000, 1)).as("the customer got the mail").isTrue();
        MimeMessage mail = greenMail.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("sam-" + tag + "@journey.example");
        assertThat(mail.getSubject()).contains(number);
        Parts parts = parts(mail);
        assertThat(parts.text()).contains("Dear Sam, here is our offer.");
        assertThat(parts.pdfName()).isEqualTo(number + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(parts.pdf())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(number, "Consulting day", "Travel flat rate", "381.99");
        }
        Matcher link = LINK.matcher(parts.text());
        assertThat(link.find()).as("the signed link is in the mail: %s", parts.text()).isTrue();
        String path = link.group(1);

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(local(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(number, "Consulting day");
        assertThat(page.headers().firstValue("Set-Cookie")).as("no session").isEmpty();

        HttpResponse<String> accepted = post(path, "accept", "Sam Signer", "192.0.2.77");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        Map<String, Object> row = jdbc.sql("select status, decided_by_name, decided_at, decided_from_address from billing_quotes where id = ?")
                .param(Long.parseLong(id)).query().singleRow();
        assertThat(row).containsEntry("status", "ACCEPTED").containsEntry("decided_by_name", "Sam Signer")
                .containsEntry("decided_from_address", "192.0.2.77");
        assertThat(row.get("decided_at")).isNotNull();
        assertThat(jdbc.sql("select count(*) from event_publication where event_type = ? and serialized_event like ?")
                .params(QuoteAccepted.class.getName(), "%\"quoteId\":" + id + ",%").query(Long.class).single())
                .as("QuoteAccepted was published").isPositive();
        assertThat(post(path, "accept", "Sam Again", "192.0.2.78").statusCode()).as("answered once").isEqualTo(410);

        MvcTestResult invoice = admin.post(QUOTES + "/" + id + "/invoice", "{}");
        assertThat(invoice).hasStatus(201);
        String invoiceId = ApiClient.read(invoice, "$.invoiceId");
        assertThat(admin.get(QUOTES + "/" + id)).bodyJson().extractingPath("$.invoiceId").isEqualTo(invoiceId);
        assertThat(admin.post(QUOTES + "/" + id + "/invoice", "{}")).as("one invoice per quotation").hasStatus(409).bodyJson()
                .extractingPath("$.candidates[0]").isEqualTo(invoiceId);
        assertThat(invoices.balance(Long.parseLong(invoiceId))).hasValueSatisfying(draft -> {
            assertThat(draft.status()).isEqualTo(InvoiceStatus.DRAFT);
            assertThat(draft.party().companyId()).isEqualTo(Long.parseLong(company));
            assertThat(draft.total().amount()).isEqualByComparingTo("381.99");
        });
    }

    private String local(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The answer form posted as a browser would, through a proxy that reports the customer's address. */
    private HttpResponse<String> post(String path, String action, String name, String clientAddress) throws Exception {
        URI uri = URI.create(local(path));
        StringBuilder body = new StringBuilder(uri.getRawQuery()).append("&name=").append(URLEncoder.encode(name, StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(local(uri.getRawPath() + "/" + action)))
                .header("X-Forwarded-For", clientAddress).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
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
