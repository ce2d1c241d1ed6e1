package org.clientele.sales.deals.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.clientele.sales.deals.DealLineView;
import org.clientele.sales.deals.DealView;
import org.clientele.shared.web.Ids;
import org.clientele.shared.web.MoneyJson;

/** A deal as the API writes it: ids as strings, money as {@link MoneyJson}, lines in order. */
record DealJson(String id, long version, String name, String pipelineId, String stageId, String status, Instant stageEnteredAt,
        MoneyJson amount, String currency, String probability, LocalDate expectedClose, String nextStep, LocalDate nextStepDate,
        String description, boolean important, String companyId, String contactId, String leadId, String requestId,
        String closingReasonId, Instant closedAt, String ownerId, String teamId, List<String> coOwnerIds, List<LineJson> lines,
        Instant createdAt, Instant updatedAt, String createdBy) {

    static DealJson of(DealView deal) {
        return new DealJson(Ids.of(deal.id()), deal.version(), deal.name(), Ids.of(deal.pipelineId()), Ids.of(deal.stageId()),
                deal.status().name(), deal.stageEnteredAt(), MoneyJson.rounded(deal.amount()), deal.currency().value(),
                deal.probability().stripTrailingZeros().toPlainString(), deal.expectedClose(), deal.nextStep(), deal.nextStepDate(),
                deal.description(), deal.important(), Ids.of(deal.companyId()), Ids.of(deal.contactId()), Ids.of(deal.leadId()),
                Ids.of(deal.requestId()), Ids.of(deal.closingReasonId()), deal.closedAt(), Ids.of(deal.ownerId()),
                Ids.of(deal.teamId()), Ids.of(deal.coOwnerIds()), deal.lines().stream().map(LineJson::of).toList(),
                deal.createdAt(), deal.updatedAt(), Ids.of(deal.createdBy()));
    }

    /**
     * A product line: quantity, unit price (in the deal's currency) and discount as decimal
     * strings; amount = quantity × unit price × (1 − discount / 100), rounded to the currency's minor unit.
     */
    record LineJson(String id, String productId, String description, String quantity, String unitPrice, String discountPercent,
            MoneyJson amount) {

        static LineJson of(DealLineView line) {
            return new LineJson(Ids.of(line.id()), Ids.of(line.productId()), line.description(), plain(line.quantity()),
                    plain(line.unitPrice()), plain(line.discountPercent()), MoneyJson.rounded(line.amount()));
        }

        private static String plain(java.math.BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }
    }
}
