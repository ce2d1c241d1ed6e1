package org.clientele.billing.quotes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.clientele.billing.BillingParty;
import org.clientele.billing.pricing.DocumentAmounts;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;

/**
 * A quotation (one revision) with its lines and what they come to.
 *
 * @param party {@code null} only when its company and contact were both deleted since
 * @param amounts the lines, discount, tax shares and totals, as stored
 * @param revisions every revision of its number, oldest first, this one included
 * @param decidedByName who accepted or declined it (the name the customer typed, or the user who recorded the answer)
 */
public record QuoteView(long id, long version, String number, int revision, Long previousRevisionId, QuoteStatus status,
        CurrencyCode currency, String language, LocalDate issueDate, LocalDate validUntil, BigDecimal documentDiscountPercent,
        BillingParty party, Long dealId, Long invoiceId, String terms, String notes, long ownerId, Long teamId, Instant sentAt,
        String sentTo, Instant decidedAt, String decidedByName, String decidedFromAddress, String declineReason,
        List<QuoteLineView> lines, DocumentAmounts amounts, List<QuoteRevision> revisions, Instant createdAt, Instant updatedAt,
        Long createdBy) {

    public QuoteView {
        lines = List.copyOf(lines);
        revisions = List.copyOf(revisions);
    }

    public Money total() {
        return new Money(amounts.gross(), currency);
    }

    /** The number as printed: from the second revision on with it, such as {@code Q-2026-0007-2}. */
    public String label() {
        return label(number, revision);
    }

    public static String label(String number, int revision) {
        return revision > 1 ? number + "-" + revision : number;
    }

    public Long companyId() {
        return party == null ? null : party.companyId();
    }

    public Long contactId() {
        return party == null ? null : party.contactId();
    }

    /** The form that would save it unchanged. */
    public QuoteForm toForm() {
        return new QuoteForm(companyId(), contactId(), currency.value(), language, issueDate, validUntil, documentDiscountPercent,
                dealId, terms, notes, ownerId, teamId, lines.stream().map(QuoteLineView::toInput).toList());
    }
}
