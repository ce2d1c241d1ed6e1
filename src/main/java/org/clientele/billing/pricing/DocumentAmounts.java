package org.clientele.billing.pricing;

import java.math.BigDecimal;
import java.util.List;

import org.clientele.shared.CurrencyCode;

/**
 * What a document comes to. {@code net + tax = gross} exactly, and {@code net} and {@code tax}
 * are the sums of the tax shares.
 *
 * @param lines each line's amounts, in the order given
 * @param subtotal the sum of the line amounts (as entered: net or including tax, line by line)
 * @param documentDiscount what the document's discount takes off the subtotal
 * @param taxes one share per tax rate, lowest rate first
 */
public record DocumentAmounts(CurrencyCode currency, List<LineAmounts> lines, BigDecimal subtotal, BigDecimal documentDiscount,
        List<TaxShare> taxes, BigDecimal net, BigDecimal tax, BigDecimal gross) {

    public DocumentAmounts {
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
    }
}
