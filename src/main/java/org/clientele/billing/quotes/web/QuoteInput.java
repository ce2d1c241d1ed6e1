package org.clientele.billing.quotes.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.clientele.billing.pricing.DocumentLineInput;
import org.clientele.billing.quotes.QuoteForm;
import org.clientele.billing.quotes.QuoteLineView;
import org.clientele.billing.quotes.QuoteView;
import org.clientele.shared.web.JsonBodies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The members of a quotation the API takes. Ids may be strings of digits or numbers; decimals
 * strings or numbers. What a GET returned can be sent back: the read-only members are ignored.
 * {@code lines} is always the whole list.
 */
@JsonIgnoreProperties(value = {"id", "number", "revision", "label", "previousRevisionId", "status", "invoiceId", "sentAt", "sentTo",
        "decidedAt", "decidedByName", "decidedFromAddress", "declineReason", "amounts", "taxes", "revisions", "publicLink", "createdAt",
        "updatedAt", "createdBy"}, allowGetters = false)
record QuoteInput(Long companyId, Long contactId, String currency, String language, LocalDate issueDate, LocalDate validUntil,
        BigDecimal documentDiscountPercent, Long dealId, String terms, String notes, Long ownerId, Long teamId, List<LineInput> lines,
        Long version) {

    /** A line as the API takes it; without a description or unit price, a product's come from the catalogue. */
    @JsonIgnoreProperties({"id", "position", "taxRateName", "taxPercent", "listAmount", "discount", "amount"})
    record LineInput(Long productId, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
            BigDecimal discountPercent, Long taxRateId, Boolean taxIncluded) {

        static LineInput of(DocumentLineInput line) {
            return new LineInput(line.productId(), line.description(), line.quantity(), line.unit(), line.unitPrice(),
                    line.discountPercent(), line.taxRateId(), line.taxIncluded());
        }

        DocumentLineInput toInput() {
            return new DocumentLineInput(productId, description, quantity, unit, unitPrice, discountPercent, taxRateId, taxIncluded);
        }
    }

    static QuoteInput of(QuoteView quote) {
        QuoteInput input = of(quote.toForm());
        return new QuoteInput(input.companyId, input.contactId, input.currency, input.language, input.issueDate, input.validUntil,
                input.documentDiscountPercent, input.dealId, input.terms, input.notes, input.ownerId, input.teamId,
                quote.lines().stream().map(QuoteLineView::toInput).map(LineInput::of).toList(), quote.version());
    }

    /** The members of a form, such as the defaults of a new quotation, for a body to be merged onto. */
    static QuoteInput of(QuoteForm form) {
        return new QuoteInput(form.companyId(), form.contactId(), form.currency(), form.language(), form.issueDate(), form.validUntil(),
                form.documentDiscountPercent(), form.dealId(), form.terms(), form.notes(), form.ownerId(), form.teamId(),
                form.lines().stream().map(LineInput::of).toList(), null);
    }

    QuoteForm onto(QuoteForm base) {
        return new QuoteForm(companyId, contactId, currency, language, issueDate, validUntil, documentDiscountPercent, dealId, terms,
                notes, ownerId == null ? base.ownerId() : ownerId, teamId,
                lines == null ? List.of() : lines.stream().map(line -> line == null ? null : line.toInput()).toList());
    }

    static QuoteInput patched(JsonMapper json, QuoteInput current, JsonNode patch) {
        return JsonBodies.patched(json, current, patch, QuoteInput.class);
    }
}
