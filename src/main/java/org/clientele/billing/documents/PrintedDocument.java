package org.clientele.billing.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.clientele.billing.pricing.DocumentAmounts;
import org.clientele.billing.pricing.ResolvedLine;
import org.clientele.shared.CurrencyCode;

/**
 * One quotation, invoice or credit note as it is printed: everything the PDF shows besides the
 * seller, who comes from {@link SellerProfiles}.
 *
 * @param number the document's number, such as {@code INV-2026-0001}, or {@code null} for a draft
 * @param revision the quotation's revision (1 for the first), {@code null} for other kinds
 * @param secondDate the due date of an invoice, the last day a quotation is valid, or {@code null}
 * @param reference a line under the title, such as "Credit note for INV-2026-0003", or {@code null}
 * @param language the language of the labels and of the number and date formats
 * @param amounts what {@code DocumentCalculator} made of the lines and the document discount
 * @param documentDiscountPercent the discount on the whole document, or {@code null} for none
 * @param paymentInstructions how to pay, printed above the seller's bank details, or {@code null}
 */
public record PrintedDocument(Kind kind, String number, Integer revision, LocalDate issueDate, LocalDate secondDate,
        String reference, PrintedParty party, CurrencyCode currency, Locale language, List<ResolvedLine> lines,
        DocumentAmounts amounts, BigDecimal documentDiscountPercent, String terms, String notes, String paymentInstructions) {

    public PrintedDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(amounts, "amounts");
        lines = List.copyOf(lines);
        if (lines.size() != amounts.lines().size()) {
            throw new IllegalArgumentException("The amounts must be those of the lines");
        }
    }

    public enum Kind {
        QUOTE, INVOICE, CREDIT_NOTE
    }

    /**
     * Who the document is addressed to.
     *
     * @param addressLines the postal address, one entry per printed line
     * @param taxId the customer's tax id or registration number, or {@code null}
     */
    public record PrintedParty(String name, List<String> addressLines, String taxId) {

        public PrintedParty {
            Objects.requireNonNull(name, "name");
            addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        }
    }
}
