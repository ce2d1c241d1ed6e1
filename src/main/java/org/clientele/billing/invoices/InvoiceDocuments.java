package org.clientele.billing.invoices;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.clientele.billing.documents.PdfRenderer;
import org.clientele.billing.documents.PrintedDocument;
import org.clientele.billing.documents.PrintedDocument.PrintedParty;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices and credit notes as printed documents and PDFs, in the invoice's language. A draft
 * prints with today's date, no number and "Draft" as its reference line; a credit note names the
 * invoice it corrects; an open invoice says how to pay it.
 */
@Service
public class InvoiceDocuments {

    private final InvoiceManagement invoices;
    private final PdfRenderer renderer;
    private final MessageSource messages;
    private final InvoiceLanguages languages;

    InvoiceDocuments(InvoiceManagement invoices, PdfRenderer renderer, MessageSource messages, InvoiceLanguages languages) {
        this.invoices = invoices;
        this.renderer = renderer;
        this.messages = messages;
        this.languages = languages;
    }

    /** The PDF of an invoice the signed-in user may see. @throws RecordNotFoundException otherwise */
    @Transactional(readOnly = true)
    public InvoicePdf pdf(long id) {
        InvoiceView invoice = invoices.find(id).orElseThrow(() -> new RecordNotFoundException(InvoiceSettlements.RECORD_TYPE, id));
        return new InvoicePdf(filename(invoice), renderer.render(printed(invoice)));
    }

    static String filename(InvoiceView invoice) {
        return (invoice.number() == null ? "draft-" + invoice.id() : invoice.number().replaceAll("[^A-Za-z0-9._-]", "_")) + ".pdf";
    }

    PrintedDocument printed(InvoiceView invoice) {
        Locale locale = languages.of(invoice.language());
        boolean creditNote = invoice.kind() == InvoiceKind.CREDIT_NOTE;
        String reference = null;
        if (invoice.isDraft()) {
            reference = messages.getMessage("invoices.pdf.draft", null, locale);
        }
        else if (creditNote && invoice.creditedInvoiceId() != null) {
            reference = messages.getMessage("invoices.pdf.credit-note-for",
                    new Object[] {invoices.numberOf(invoice.creditedInvoiceId()).orElse("")}, locale);
        }
        String instructions = creditNote || invoice.isDraft() || invoice.dueOn() == null ? null
                : messages.getMessage("invoices.pdf.payment-instructions", new Object[] {invoice.number(),
                        invoice.dueOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))}, locale);
        String name = invoice.billed().name() == null ? "" : invoice.billed().name();
        return new PrintedDocument(creditNote ? PrintedDocument.Kind.CREDIT_NOTE : PrintedDocument.Kind.INVOICE, invoice.number(), null,
                invoice.issuedOn() != null ? invoice.issuedOn() : LocalDate.now(ZoneOffset.UTC), creditNote ? null : invoice.dueOn(),
                reference, new PrintedParty(name, invoice.billed().addressLines(), invoice.billed().taxId()), invoice.currency(), locale,
                invoice.lines(), invoice.amounts(), invoice.documentDiscountPercent(), invoice.terms(), invoice.notes(), instructions);
    }
}
