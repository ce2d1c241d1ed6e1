package org.clientele.billing.pricing;

import java.math.BigDecimal;

/**
 * What one line comes to, each figure at the currency's minor unit.
 *
 * @param listAmount quantity times unit price, before the line's discount
 * @param discount what the line's discount takes off ({@code listAmount - amount})
 * @param amount what the line adds to the document: net of tax, or including tax when the line's price does
 * @param taxIncluded whether {@code amount} includes tax
 */
public record LineAmounts(BigDecimal listAmount, BigDecimal discount, BigDecimal amount, boolean taxIncluded) {
}
