package org.clientele.billing.invoices.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.clientele.billing.BillingParty;
import org.clientele.billing.invoices.InvoiceDraft;
import org.clientele.billing.invoices.InvoiceView;
import org.clientele.billing.pricing.DocumentLineInput;
import org.clientele.billing.pricing.ResolvedLine;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.web.JsonBodies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The members of a draft invoice the API takes. Ids may be strings of digits or numbers, decimals
 * strings or numbers. What a GET returned can be sent back: the read-only members are ignored.
 * {@code lines} is always the whole list.
 */
@JsonIgnoreProperties(value = {"id", "kind", "status", "number", "creditedInvoiceId", "issuedOn", "dueOn", "billed", "subtotal",
        "documentDiscount", "taxes", "net", "tax", "total", "paid", "credited", "outstanding", "ownerId", "teamId", "reminderLevel",
        "lastReminderOn", "voidReason", "issuedAt", "createdAt", "updatedAt"})
record InvoiceInput(Long companyId, Long contactId, String currency, String language, Integer paymentTermDays,
        BigDecimal documentDiscountPercent, Long dealId, Long quoteId, String terms, String notes, List<LineInput> lines, Long version) {

    /** A line as the API takes it; the computed members of a line the API wrote are ignored. */
    @JsonIgnoreProperties({"taxName", "taxPercent", "listAmount", "discount", "amount"})
    record LineInput(Long productId, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
            BigDecimal discountPercent, Long taxRateId, Boolean taxIncluded) {

        DocumentLineInput toInput() {
            return new DocumentLineInput(productId, description, quantity, unit, unitPrice, discountPercent, taxRateId, taxIncluded);
        }

        static LineInput of(ResolvedLine line) {
            return new LineInput(line.productId(), line.description(), line.quantity(), line.unit(), line.unitPrice(),
                    line.discountPercent(), line.taxRateId(), line.taxIncluded());
        }
    }

    static InvoiceInput of(InvoiceView invoice) {
        return new InvoiceInput(invoice.party().companyId(), invoice.party().contactId(), invoice.currency().value(), invoice.language(),
                invoice.paymentTermDays(), invoice.documentDiscountPercent(), invoice.dealId(), invoice.quoteId(), invoice.terms(),
                invoice.notes(), invoice.lines().stream().map(LineInput::of).toList(), invoice.version());
    }

    static InvoiceInput read(JsonMapper json, JsonNode body) {
        return JsonBodies.read(json, body, InvoiceInput.class);
    }

    static InvoiceInput patched(JsonMapper json, InvoiceInput current, JsonNode patch) {
        return JsonBodies.patched(json, current, patch, InvoiceInput.class);
    }

    /** @throws InvalidInputException for a party without company or contact, or a currency that is not one */
    InvoiceDraft toDraft() {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (companyId == null && contactId == null) {
            problems.add(new InvalidInputException.FieldProblem("companyId", "validation.invoices.party-required"));
        }
        if (currency == null || currency.isBlank()) {
            problems.add(new InvalidInputException.FieldProblem("currency", "validation.invoices.currency-required"));
        }
        else if (!CurrencyCode.isValid(currency)) {
            problems.add(new InvalidInputException.FieldProblem("currency", "validation.invoices.currency-unknown"));
        }
        if (lines == null || lines.isEmpty()) {
            problems.add(new InvalidInputException.FieldProblem("lines", "validation.billing.lines-required"));
        }
        else if (lines.contains(null)) {
            problems.add(new InvalidInputException.FieldProblem("lines[" + lines.indexOf(null) + "]", "validation.billing.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new InvoiceDraft(new BillingParty(companyId, contactId), CurrencyCode.of(currency), blank(language),
                lines.stream().map(LineInput::toInput).toList(), documentDiscountPercent, paymentTermDays, dealId, quoteId, blank(terms),
                blank(notes));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
