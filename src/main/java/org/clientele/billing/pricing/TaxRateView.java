package org.clientele.billing.pricing;

import java.math.BigDecimal;

/**
 * A tax rate an administrator set up, such as "VAT 19 %" or "Reduced 7 %".
 *
 * @param percent 0 to 100
 * @param includedByDefault whether new lines with this rate take prices as including the tax
 */
public record TaxRateView(long id, String name, BigDecimal percent, boolean includedByDefault, boolean active, boolean isDefault) {
}
