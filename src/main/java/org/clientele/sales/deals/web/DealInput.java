package org.clientele.sales.deals.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.clientele.sales.deals.DealForm;
import org.clientele.sales.deals.DealLineForm;
import org.clientele.sales.deals.DealView;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.web.JsonBodies;
import org.clientele.shared.web.MoneyJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The members of a deal the API takes. Ids may be strings of digits or numbers; decimals strings
 * or numbers; {@code amount} is money ({@code {"amount": "12.50", "currency": "EUR"}}), whose
 * currency must agree with {@code currency} when both are sent. What a GET returned can be sent
 * back: the read-only members are ignored.
 */
@JsonIgnoreProperties(value = {"id", "status", "stageEnteredAt", "requestId", "closedAt", "lines", "createdAt", "updatedAt",
        "createdBy"}, allowGetters = false)
record DealInput(String name, Long pipelineId, Long stageId, MoneyJson amount, String currency, BigDecimal probability,
        LocalDate expectedClose, String nextStep, LocalDate nextStepDate, String description, Boolean important, Long companyId,
        Long contactId, Long leadId, Long closingReasonId, Long ownerId, Long teamId, Set<Long> coOwnerIds, Long version) {

    /** A product line as the API takes it. */
    @JsonIgnoreProperties({"id", "amount"})
    record LineInput(Long productId, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent) {

        DealLineForm toForm() {
            return new DealLineForm(productId, description, quantity, unitPrice, discountPercent);
        }
    }

    static DealInput of(DealView deal) {
        return of(deal.toForm(), deal.version());
    }

    /** The members of a form, such as the defaults of a new deal, for a body to be merged onto. */
    static DealInput of(DealForm form, Long version) {
        return new DealInput(form.name(), form.pipelineId(), form.stageId(),
                form.amount() == null ? null : new MoneyJson(form.amount().toPlainString(), form.currency()), form.currency(),
                form.probability(), form.expectedClose(), form.nextStep(), form.nextStepDate(), form.description(), form.important(),
                form.companyId(), form.contactId(), form.leadId(), form.closingReasonId(), form.ownerId(), form.teamId(),
                form.coOwnerIds(), version);
    }

    /** The form these members make on top of the given one (the defaults for a new deal, or the deal as it is). */
    DealForm onto(DealForm base) {
        String chosenCurrency = currency != null ? currency : amount != null && amount.currency() != null ? amount.currency() : base.currency();
        if (amount != null && amount.currency() != null && currency != null && !amount.currency().equalsIgnoreCase(currency)) {
            throw InvalidInputException.of("amount.currency", "validation.deals.currency-mismatch");
        }
        BigDecimal decimal;
        try {
            decimal = amount == null ? null : amount.decimal();
        }
        catch (NumberFormatException notADecimal) {
            throw InvalidInputException.of("amount.amount", "validation.deals.json-decimal");
        }
        return new DealForm(name, pipelineId, stageId, decimal, chosenCurrency, probability, expectedClose, nextStep, nextStepDate,
                description, important != null && important, companyId, contactId, leadId, base.requestId(), closingReasonId,
                ownerId == null ? base.ownerId() : ownerId, teamId, coOwnerIds == null ? Set.of() : coOwnerIds);
    }

    /** Reads a JSON merge patch (RFC 7396) onto a deal's members: left out keeps, null clears, anything else replaces. */
    static DealInput patched(JsonMapper json, DealInput current, JsonNode patch) {
        return JsonBodies.patched(json, current, patch, DealInput.class);
    }

    /** Reads a whole body, such as a new deal's. */
    static <T> T read(JsonMapper json, JsonNode body, Class<T> type) {
        return JsonBodies.read(json, body, type);
    }

    static List<LineInput> lines(JsonMapper json, JsonNode body) {
        if (body == null || !body.isArray()) {
            throw InvalidInputException.of("lines", "validation.deals.json-lines");
        }
        List<LineInput> lines = new java.util.ArrayList<>();
        for (JsonNode line : body.values()) {
            try {
                lines.add(read(json, line, LineInput.class));
            }
            catch (InvalidInputException wrong) {
                throw InvalidInputException.of("lines[" + lines.size() + "]." + wrong.problems().get(0).field(),
                        wrong.problems().get(0).messageCode());
            }
        }
        return lines;
    }
}
