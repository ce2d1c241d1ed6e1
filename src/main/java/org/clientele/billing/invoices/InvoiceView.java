package org.clientele.billing.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.clientele.billing.BillingParty;
import org.clientele.billing.pricing.DocumentAmounts;
import org.clientele.billing.pricing.DocumentLineInput;
import org.clientele.billing.pricing.ResolvedLine;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;

/**
 * An invoice or credit note as its page and the API show it.
 *
 * @param number {@code null} while a draft
 * @param creditedInvoiceId the invoice a credit note corrects, {@code null} for an invoice
 * @param billed the name, address and tax id printed on it: taken at issue, the current ones while a draft
 * @param lines in order; {@code amounts.lines()} holds what each comes to
 * @param amounts the lines' arithmetic with the tax breakdown; negative on a credit note
 * @param credited what credit notes took off an invoice, or what a credit note settled of its invoice
 * @param outstanding {@code total - paid - credited}: still expected (or, negative, still to be refunded)
 */
public record InvoiceView(long id, long version, InvoiceKind kind, InvoiceStatus status, Long creditedInvoiceId, String number,
        LocalDate issuedOn, LocalDate dueOn, Integer paymentTermDays, CurrencyCode currency, String language,
        BigDecimal documentDiscountPercent, BillingParty party, BilledParty billed, Long dealId, Long quoteId, String terms,
        String notes, List<ResolvedLine> lines, DocumentAmounts amounts, Money total, Money paid, Money credited,
        Money outstanding, long ownerId, Long teamId, int reminderLevel, LocalDate lastReminderOn, String voidReason,
        Instant issuedAt, Instant createdAt, Instant updatedAt) {

    public InvoiceView {
        lines = List.copyOf(lines);
    }

    public boolean isDraft() {
        return status == InvoiceStatus.DRAFT;
    }

    /** The draft this invoice was made from, to be changed and saved again. */
    public InvoiceDraft toDraft() {
        return new InvoiceDraft(party, currency, language, lines.stream().map(InvoiceView::input).toList(), documentDiscountPercent,
                paymentTermDays, dealId, quoteId, terms, notes);
    }

    private static DocumentLineInput input(ResolvedLine line) {
        return new DocumentLineInput(line.productId(), line.description(), line.quantity(), line.unit(),
                line.unitPrice(), line.discountPercent(), line.taxRateId(), line.taxIncluded());
    }
}
