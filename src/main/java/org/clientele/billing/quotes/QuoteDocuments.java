package org.clientele.billing.quotes;

import java.util.Locale;

import org.clientele.billing.documents.PdfRenderer;
import org.clientele.billing.documents.PrintedDocument;
import org.clientele.billing.documents.PrintedDocument.Kind;
import org.springframework.stereotype.Component;

/** A quotation as a PDF, in its own language. */
@Component
class QuoteDocuments {

    private final PdfRenderer renderer;
    private final QuoteParties parties;

    QuoteDocuments(PdfRenderer renderer, QuoteParties parties) {
        this.renderer = renderer;
        this.parties = parties;
    }

    byte[] pdf(QuoteView quote) {
        Locale language = Locale.forLanguageTag(quote.language());
        PrintedDocument document = new PrintedDocument(Kind.QUOTE, quote.number(), quote.revision(), quote.issueDate(),
                quote.validUntil(), null, parties.printed(quote.party(), language), quote.currency(), language,
                quote.lines().stream().map(QuoteLineView::line).toList(), quote.amounts(),
                quote.documentDiscountPercent().signum() == 0 ? null : quote.documentDiscountPercent(), quote.terms(), quote.notes(),
                null);
        return renderer.render(document);
    }

    /** The PDF's file name, such as {@code Q-2026-0007-2.pdf}. */
    static String fileName(QuoteView quote) {
        return quote.label().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }
}
