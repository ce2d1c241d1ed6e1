/**
 * Pricing: tax rates and the arithmetic every quotation, invoice and credit note shares
 * ({@link org.clientele.billing.pricing.DocumentCalculator}): line discounts, a document discount,
 * taxes inclusive or exclusive per line, rounding to the currency's minor unit.
 */
@org.springframework.modulith.NamedInterface("pricing")
package org.clientele.billing.pricing;
