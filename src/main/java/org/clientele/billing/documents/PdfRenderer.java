package org.clientele.billing.documents;

import java.util.Locale;
import java.util.Map;

/** Turns a Thymeleaf template into a PDF (OpenHTMLtoPDF), in the given language. */
public interface PdfRenderer {

    /**
     * @param template a template name such as {@code billing/pdf/invoice}
     * @param variables the template's model; {@code seller} (the {@link SellerProfile}) is added
     */
    byte[] render(String template, Map<String, Object> variables, Locale locale);

    /** A quotation, invoice or credit note on A4, with the seller's profile, in the document's language. */
    byte[] render(PrintedDocument document);
}
