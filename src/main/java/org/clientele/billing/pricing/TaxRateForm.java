package org.clientele.billing.pricing;

import java.math.BigDecimal;

/**
 * A tax rate as an administrator enters it.
 *
 * @param percent 0 to 100 with at most four decimals
 * @param includedByDefault whether new lines with this rate take prices as including the tax
 */
public record TaxRateForm(String name, BigDecimal percent, boolean includedByDefault) {
}
