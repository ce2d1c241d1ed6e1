package org.clientele.billing.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clientele.billing.documents.PrintedDocument.Kind;
import org.clientele.billing.documents.PrintedDocument.PrintedParty;
import org.clientele.billing.pricing.DocumentAmounts;
import org.clientele.billing.pricing.DocumentCalculator;
import org.clientele.billing.pricing.ResolvedLine;
import org.clientele.shared.CurrencyCode;
import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An invoice with lines at 19 % (net and gross prices), 7 % and no tax, printed in English and
 * German and read back from the PDF: every line, the tax breakdown, the totals and the number.
 * The expected figures are worked out by hand: 19 % on 1,310.00 net is 248.90; 476.00 gross at
 * 19 % holds 400.00 net and 76.00 tax; 7 % on 74.70 is 5.23.
 */
@ClienteleTest
class PdfRendererTests {

    private static final CurrencyCode EUR = CurrencyCode.of("EUR");

    @Autowired
    PdfRenderer renderer;

    @Autowired
    SellerProfileManagement sellers;

    private SellerProfileForm before;

    @BeforeEach
    void seller() throws IOException {
        before = sellers.form();
        sellers.save(new SellerProfileForm("Müller & Söhne GmbH", "Königstraße 5\n70173 Stuttgart", "DE811234567", "rechnung@mueller.example",
                "+49 711 123", "Sparkasse Stuttgart\nIBAN DE02 6005 0101 0002 0343 04", "de", 14, 30, "Q-{year}-{seq:4}",
                "INV-{year}-{seq:4}", "CN-{year}-{seq:4}"));
        sellers.changeLogo(logo());
    }

    @AfterEach
    void restore() {
        sellers.save(before);
        sellers.removeLogo();
    }

    @Test
    void anInvoiceInEnglishShowsEveryLineTheTaxBreakdownAndTheTotals() throws IOException {
        String text = text(renderer.render(invoice(Locale.ENGLISH)));

        assertThat(text).contains("Invoice", "INV-2026-0042", "Due date", "Müller & Söhne GmbH", "Königstraße 5", "DE811234567",
                "Peña Ibáñez S.L.", "Calle Mayor 3", "ES-B12345678");
        assertThat(text).contains("1 Consulting by Jürgen 10 h 95.00 19% €950.00", "2 Diseño del logotipo 1 400.00 10% 19% €360.00",
                "3 Fachbuch Größe M 3 pcs 24.90 7% €74.70", "4 Bürostühle 2 pcs 238.00 19% incl. €476.00", "5 Shipping 1 5.00 0% €5.00");
        assertThat(text).contains("Subtotal €1,865.70", "Net total €1,789.70", "Tax total €330.13", "Total €2,119.83");
        assertThat(text).contains("0% €5.00 €0.00 €5.00", "7% €74.70 €5.23 €79.93", "19% €1,710.00 €324.90 €2,034.90");
        assertThat(text).contains("Payable within 14 days.", "IBAN DE02 6005 0101 0002 0343 04", "Page 1 of 1");
    }

    @Test
    void anInvoiceInGermanHasGermanLabelsAndNumbers() throws IOException {
        byte[] pdf = renderer.render(invoice(Locale.GERMAN));
        String text = text(pdf);

        assertThat(text).contains("Rechnung", "INV-2026-0042", "Fällig am", "Zwischensumme 1.865,70 €", "Nettobetrag 1.789,70 €",
                "Steuer gesamt 330,13 €", "Gesamtbetrag 2.119,83 €", "19 % 1.710,00 € 324,90 € 2.034,90 €", "7 % 74,70 € 5,23 € 79,93 €",
                "2 Diseño del logotipo 1 400,00 10 % 19 % 360,00 €", "4 Bürostühle 2 pcs 238,00 19 % inkl. 476,00 €", "Seite 1 von 1");
        assertThat(text).as("the English labels").doesNotContain("Subtotal", "Due date");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Path example = Path.of("target", "billing", "document-example.png");
            Files.createDirectories(example.getParent());
            ImageIO.write(page, "png", example.toFile());
            assertThat(page.getWidth()).as("A4 at 110 dpi").isEqualTo(909);
        }
    }

    @Test
    void aQuotationShowsItsRevisionAndValidity() throws IOException {
        PrintedDocument invoice = invoice(Locale.ENGLISH);
        PrintedDocument quote = new PrintedDocument(Kind.QUOTE, "Q-2026-0007", 2, invoice.issueDate(), LocalDate.of(2026, 4, 30), null,
                invoice.party(), EUR, Locale.ENGLISH, invoice.lines(), invoice.amounts(), null, "Prices are firm for 30 days.", null, null);

        String text = text(renderer.render(quote));

        assertThat(text).contains("Quotation", "Q-2026-0007", "Revision 2", "Valid until Apr 30, 2026", "Prices are firm for 30 days.");
    }

    private static PrintedDocument invoice(Locale language) {
        List<ResolvedLine> lines = List.of(
                line("Consulting by Jürgen", "10", "h", "95.00", "0", "19", false),
                line("Diseño del logotipo", "1", null, "400.00", "10", "19", false),
                line("Fachbuch Größe M", "3", "pcs", "24.90", "0", "7", false),
                line("Bürostühle", "2", "pcs", "238.00", "0", "19", true),
                line("Shipping", "1", null, "5.00", "0", "0", false));
        DocumentAmounts amounts = DocumentCalculator.calculate(EUR, lines.stream().map(ResolvedLine::priced).toList(), null);
        return new PrintedDocument(Kind.INVOICE, "INV-2026-0042", null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), null,
                new PrintedParty("Peña Ibáñez S.L.", List.of("Calle Mayor 3", "28013 Madrid", "Spain"), "ES-B12345678"), EUR, language,
                lines, amounts, null, null, null, "Payable within 14 days.");
    }

    private static ResolvedLine line(String description, String quantity, String unit, String price, String discount, String tax,
            boolean included) {
        return new ResolvedLine(null, description, new BigDecimal(quantity), unit, new BigDecimal(price), new BigDecimal(discount), null,
                null, new BigDecimal(tax), included);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("[ \\t]+", " ");
        }
    }

    private static byte[] logo() throws IOException {
        BufferedImage image = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x1f4e79));
        graphics.fillRect(0, 0, 600, 200);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
