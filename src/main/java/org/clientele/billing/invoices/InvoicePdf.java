package org.clientele.billing.invoices;

/**
 * An invoice or credit note as a PDF.
 *
 * @param filename the number with {@code .pdf}, or {@code draft-ID.pdf} for a draft
 */
public record InvoicePdf(String filename, byte[] content) {
}
