package org.clientele.billing.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.clientele.billing.documents.PdfRenderer;
import org.clientele.billing.documents.PrintedDocument;
import org.clientele.billing.documents.SellerProfile;
import org.clientele.billing.documents.SellerProfiles;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template written as XHTML with the application's template engine (so its
 * labels come from the message bundles) and lays the result out as a PDF with OpenHTMLtoPDF. The
 * PDF uses the standard fonts, which cover Western European text (€, umlauts, ñ).
 */
@Service
class HtmlPdfRenderer implements PdfRenderer {

    static final String DOCUMENT_TEMPLATE = "billing/pdf/document";

    private final ITemplateEngine templates;
    private final SellerProfiles sellers;

    HtmlPdfRenderer(ITemplateEngine templates, SellerProfiles sellers) {
        this.templates = templates;
        this.sellers = sellers;
    }

    @Override
    public byte[] render(String template, Map<String, Object> variables, Locale locale) {
        SellerProfile seller = sellers.current();
        Map<String, Object> model = new HashMap<>(variables);
        model.put("seller", seller);
        model.put("sellerLogo", seller.logo() == null ? null : "data:image/png;base64," + Base64.getEncoder().encodeToString(seller.logo()));
        String xhtml = templates.process(template, new Context(locale, model));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return pdf.toByteArray();
    }

    @Override
    public byte[] render(PrintedDocument document) {
        Map<String, Object> model = new HashMap<>();
        model.put("doc", document);
        model.put("fmt", new DocumentFormat(document.language(), document.currency()));
        return render(DOCUMENT_TEMPLATE, model, document.language());
    }
}
