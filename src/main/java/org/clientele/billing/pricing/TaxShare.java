package org.clientele.billing.pricing;

import java.math.BigDecimal;

/** The tax breakdown for one rate: the net amount taxed at {@code percent} and the tax on it. */
public record TaxShare(BigDecimal percent, BigDecimal net, BigDecimal tax) {

    public BigDecimal gross() {
        return net.add(tax);
    }
}
