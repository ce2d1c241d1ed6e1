package org.clientele.billing.quotes.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.clientele.billing.pricing.DocumentLineInput;
import org.clientele.billing.quotes.QuoteForm;
import org.clientele.billing.quotes.QuoteView;

/**
 * The quotation form as the page sends it, with its lines as rows. Rows left entirely empty are
 * not lines; {@code taxIncluded} is empty for the rate's default, {@code true} or {@code false}.
 */
record QuotePageForm(Long companyId, Long contactId, String currency, String language, LocalDate issueDate, LocalDate validUntil,
        BigDecimal documentDiscountPercent, Long dealId, String terms, String notes, Long ownerId, Long teamId, List<Row> lines,
        Long version) {

    record Row(Long productId, String description, BigDecimal quantity, String unit, BigDecimal unitPrice, BigDecimal discountPercent,
            Long taxRateId, Boolean taxIncluded) {

        static Row blank(Long taxRateId) {
            return new Row(null, null, BigDecimal.ONE, null, null, null, taxRateId, null);
        }

        boolean empty() {
            return productId == null && (description == null || description.isBlank()) && unitPrice == null;
        }

        DocumentLineInput toInput() {
            return new DocumentLineInput(productId, description, quantity, unit, unitPrice, discountPercent, taxRateId, taxIncluded);
        }

        static Row of(DocumentLineInput line) {
            return new Row(line.productId(), line.description(), line.quantity(), line.unit(), line.unitPrice(), line.discountPercent(),
                    line.taxRateId(), line.taxIncluded());
        }
    }

    static QuotePageForm of(QuoteForm form, Long version, Long defaultTaxRateId) {
        List<Row> rows = new ArrayList<>(form.lines().stream().map(Row::of).toList());
        if (rows.isEmpty()) {
            rows.add(Row.blank(defaultTaxRateId));
        }
        return new QuotePageForm(form.companyId(), form.contactId(), form.currency(), form.language(), form.issueDate(), form.validUntil(),
                form.documentDiscountPercent(), form.dealId(), form.terms(), form.notes(), form.ownerId(), form.teamId(), rows, version);
    }

    static QuotePageForm of(QuoteView quote) {
        return of(quote.toForm(), quote.version(), null);
    }

    /** The rows as sent, or none. */
    public List<Row> rows() {
        return lines == null ? List.of() : lines;
    }

    /** The same form with another list of rows, for adding and removing rows before saving. */
    QuotePageForm withRows(List<Row> rows) {
        return new QuotePageForm(companyId, contactId, currency, language, issueDate, validUntil, documentDiscountPercent, dealId, terms,
                notes, ownerId, teamId, rows, version);
    }

    QuoteForm toForm(long signedInUserId) {
        List<DocumentLineInput> inputs = rows().stream().filter(row -> row != null && !row.empty()).map(Row::toInput).toList();
        return new QuoteForm(companyId, contactId, currency, language, issueDate, validUntil, documentDiscountPercent, dealId, terms, notes,
                ownerId == null ? signedInUserId : ownerId, teamId, inputs);
    }
}
