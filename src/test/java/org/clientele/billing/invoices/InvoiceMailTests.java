package org.clientele.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientele.billing.invoices.InvoiceCalls.INVOICES;
import static org.clientele.billing.invoices.InvoiceFixture.draft;
import static org.clientele.billing.invoices.InvoiceFixture.line;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.clientele.testing.ApiClient;
import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Invoices by mail, through a real SMTP peer: sending an issued invoice with its PDF, and the
 * daily overdue pass marking invoices overdue and sending each reminder level once, in its own wording.
 */
@ClienteleTest
class InvoiceMailTests {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
        registry.add("clientele.mail.from", () -> "billing@seller.test");
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    ApplicationContext context;

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    OverdueInvoices overdue;

    @AfterEach
    void signOut() {
        InvoiceFixture.signOut();
    }

    @Test
    void anIssuedInvoiceIsMailedWithItsPdfToTheCustomer() throws Exception {
        InvoiceFixture fixture = new InvoiceFixture(context).signIn();
        long company = fixture.company("Mailed", "accounts@mailed.test");
        long draftId = invoices.create(fixture.adminId(), draft(company, "EUR", line("Audit", "1", "300.00"))).id();
        InvoiceFixture.signOut();
        ApiClient admin = new ApiClient(mvc, encoder, fixture.adminId());
        assertThat(admin.post(INVOICES + "/" + draftId + "/send", "{}")).as("a draft is not sent").hasStatus(409);
        String number = ApiClient.read(admin.post(INVOICES + "/" + draftId + "/issue", ""), "$.number");
        assertThat(admin.post(INVOICES + "/" + draftId + "/send", "{\"to\": \"not an address\"}")).hasStatus(422)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("to");

        MvcTestResult sent = admin.post(INVOICES + "/" + draftId + "/send", "{}");

        assertThat(sent).hasStatusOk().bodyJson().extractingPath("$.sentTo").isEqualTo("accounts@mailed.test");
        MimeMessage mail = to("accounts@mailed.test").get(0);
        assertThat(mail.getSubject()).startsWith("Invoice " + number + " from");
        assertThat(attachmentNames(mail)).containsExactly(number + ".pdf");
        assertThat(text(mail)).contains(number, "300.00 EUR");
    }

    @Test
    void overdueInvoicesGetEachReminderLevelOnceWithItsOwnWording() throws Exception {
        InvoiceFixture fixture = new InvoiceFixture(context).signIn();
        long company = fixture.company("Late payer", "late@payer.test");
        LocalDate due = LocalDate.of(2024, 3, 1);
        long id = invoices.create(fixture.adminId(), draft(company, "EUR", 14, line("Hosting", "1", "120.00"))).id();
        invoices.issue(id, due.minusDays(14));
        InvoiceFixture.signOut();

        overdue.run(due);
        assertThat(status(id)).as("due today is not overdue").isEqualTo(InvoiceStatus.ISSUED);
        overdue.run(due.plusDays(3));
        assertThat(status(id)).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(to("late@payer.test")).isEmpty();

        overdue.run(due.plusDays(7));
        overdue.run(due.plusDays(8));
        overdue.run(due.plusDays(14));
        overdue.run(due.plusDays(30));
        overdue.run(due.plusDays(45));

        assertThat(to("late@payer.test")).extracting(MimeMessage::getSubject).satisfiesExactly(
                subject -> assertThat(subject).startsWith("Reminder: invoice"),
                subject -> assertThat(subject).startsWith("Second reminder: invoice").contains("14 days overdue"),
                subject -> assertThat(subject).startsWith("Final reminder: invoice"));
        fixture.signIn();
        InvoiceView reminded = invoices.find(id).orElseThrow();
        assertThat(reminded.reminderLevel()).isEqualTo(3);
        assertThat(reminded.lastReminderOn()).isEqualTo(due.plusDays(30));
        assertThat(reminded.status()).isEqualTo(InvoiceStatus.OVERDUE);
    }

    private InvoiceStatus status(long id) {
        return context.getBean(InvoicePayments.class).balance(id).orElseThrow().status();
    }

    private static List<MimeMessage> to(String address) throws MessagingException {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(recipient -> recipient.toString().equals(address));
            }
            catch (MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        }).toList();
    }

    private static List<String> attachmentNames(MimeMessage mail) throws MessagingException, IOException {
        Multipart parts = (Multipart) mail.getContent();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null) {
                names.add(part.getFileName());
            }
        }
        return names;
    }

    private static String text(MimeMessage mail) throws MessagingException, IOException {
        Multipart parts = (Multipart) mail.getContent();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() == null) {
                text.append(part.getContent() instanceof Multipart nested ? nested.getBodyPart(0).getContent() : part.getContent());
            }
        }
        return text.toString();
    }
}
