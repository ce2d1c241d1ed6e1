package org.clientele.billing.pricing;

import java.math.BigDecimal;

/**
 * A line of a quotation, invoice or credit note as a user or API client gives it. With a
 * {@code productId} and no description or unit price, the catalogue's name and price for the
 * document's currency fill them in. The tax rate is copied onto the line (name and percent), so a
 * later change of the rate never changes a document.
 *
 * @param taxRateId a {@link TaxRateView} id, or {@code null} for no tax
 * @param taxIncluded whether {@code unitPrice} includes the tax; {@code null} takes the rate's default
 */
public record DocumentLineInput(Long productId, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
        BigDecimal discountPercent, Long taxRateId, Boolean taxIncluded) {
}
