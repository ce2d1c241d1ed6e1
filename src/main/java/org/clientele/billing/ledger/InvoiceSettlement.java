package org.clientele.billing.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.clientele.billing.invoices.InvoiceBalance;
import org.clientele.sales.currencies.ExchangeRates;
import org.clientele.shared.Money;

/**
 * What a payment pays off an invoice, in the invoice's currency (decision 0021). A payment in the
 * invoice's currency pays exactly its amount. A payment in another currency is converted at the
 * rate of the payment date and rounded to the invoice currency's minor unit; when that comes within
 * {@link #SETTLING_TOLERANCE} of what is outstanding it settles the invoice: the outstanding amount
 * is applied and the remainder (converted minus outstanding) is the exchange difference.
 *
 * @param exchangeDifference {@code null} unless a foreign-currency payment settled the invoice
 */
record InvoiceSettlement(Money applied, Money exchangeDifference) {

    /** How far, as a share of the outstanding amount, a converted payment may miss it and still settle the invoice. */
    static final BigDecimal SETTLING_TOLERANCE = new BigDecimal("0.01");

    static InvoiceSettlement of(Money payment, LocalDate paidOn, InvoiceBalance invoice, ExchangeRates rates) {
        Money outstanding = invoice.outstanding();
        if (payment.currency().equals(outstanding.currency())) {
            return new InvoiceSettlement(payment, null);
        }
        Money converted = rates.convert(payment, outstanding.currency(), paidOn).rounded();
        BigDecimal tolerance = outstanding.amount().abs().multiply(SETTLING_TOLERANCE)
                .setScale(outstanding.currency().minorUnits(), RoundingMode.HALF_UP)
                .max(BigDecimal.ONE.movePointLeft(outstanding.currency().minorUnits()));
        BigDecimal remainder = converted.amount().subtract(outstanding.amount());
        if (outstanding.amount().signum() > 0 && remainder.abs().compareTo(tolerance) <= 0) {
            return new InvoiceSettlement(outstanding.rounded(), new Money(remainder, outstanding.currency()));
        }
        return new InvoiceSettlement(converted, null);
    }
}
