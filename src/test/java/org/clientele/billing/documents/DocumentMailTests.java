package org.clientele.billing.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.clientele.billing.documents.PrintedDocument.Kind;
import org.clientele.billing.documents.PrintedDocument.PrintedParty;
import org.clientele.billing.pricing.DocumentCalculator;
import org.clientele.billing.pricing.ResolvedLine;
import org.clientele.shared.CurrencyCode;
import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A document mailed through a real SMTP server arrives with its PDF attached, byte for byte. */
@ClienteleTest
class DocumentMailTests {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
        registry.add("clientele.mail.from", () -> "billing@example.test");
    }

    @Autowired
    DocumentMail mail;

    @Autowired
    PdfRenderer renderer;

    @Test
    void theMailArrivesWithThePdfAttachedIntact() throws Exception {
        CurrencyCode eur = CurrencyCode.of("EUR");
        List<ResolvedLine> lines = List.of(new ResolvedLine(null, "Wartung für März", BigDecimal.ONE, null, new BigDecimal("120"),
                BigDecimal.ZERO, null, "VAT", new BigDecimal("19"), false));
        byte[] pdf = renderer.render(new PrintedDocument(Kind.INVOICE, "INV-2026-0001", null, LocalDate.of(2026, 3, 1), null, null,
                new PrintedParty("Señor Núñez", List.of(), null), eur, Locale.GERMAN, lines,
                DocumentCalculator.calculate(eur, lines.stream().map(ResolvedLine::priced).toList(), null), null, null, null, null));

        assertThat(mail.isConfigured()).isTrue();
        mail.send("customer@example.test", "Rechnung INV-2026-0001", "Guten Tag,\nanbei Ihre Rechnung.", "INV-2026-0001", pdf);

        assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage received = greenMail.getReceivedMessagesForDomain("example.test")[0];
        assertThat(received.getSubject()).isEqualTo("Rechnung INV-2026-0001");
        assertThat(received.getFrom()[0].toString()).isEqualTo("billing@example.test");
        Multipart parts = (Multipart) received.getContent();
        BodyPart attachment = null;
        String text = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                attachment = part;
            }
            else {
                text = textOf(part);
            }
        }
        assertThat(text).isEqualTo("Guten Tag,\r\nanbei Ihre Rechnung.");
        assertThat(attachment).isNotNull();
        assertThat(attachment.getFileName()).isEqualTo("INV-2026-0001.pdf");
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        try (InputStream content = attachment.getInputStream()) {
            assertThat(content.readAllBytes()).isEqualTo(pdf);
        }
    }

    /** The text part, which the helper may wrap in a multipart of its own. */
    private static String textOf(BodyPart part) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart nested) {
            return textOf(nested.getBodyPart(0));
        }
        return content.toString();
    }
}
