package org.clientele.billing.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.clientele.shared.CurrencyCode;

/**
 * The arithmetic of quotations, invoices and credit notes (decision 0018). Rounding is half away
 * from zero to the currency's minor unit, at these points only:
 * <ol>
 * <li>each line: quantity × unit price less the line's discount, rounded once, so the lines
 *     printed add up to the subtotal (three lines of 0.333 are 0.33 each; one line of 3 × 0.333
 *     is 1.00);</li>
 * <li>the document's discount, per tax rate, on the sum of that rate's lines;</li>
 * <li>the tax, per rate, on the sum of that rate's lines, never line by line: exclusive amounts
 *     get {@code round(sum × rate)} added; inclusive amounts have their net taken out as
 *     {@code round(sum × 100 / (100 + rate))} and the rest is tax, so an inclusive total is never
 *     changed by rounding.</li>
 * </ol>
 * Nothing here touches a database; the same lines always give the same figures.
 */
public final class DocumentCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DocumentCalculator() {
    }

    /**
     * @param documentDiscountPercent a discount on the whole document, 0 to 100, or {@code null} for none
     */
    public static DocumentAmounts calculate(CurrencyCode currency, List<PricedLine> lines, BigDecimal documentDiscountPercent) {
        int scale = currency.minorUnits();
        BigDecimal discountPercent = documentDiscountPercent == null ? BigDecimal.ZERO : documentDiscountPercent;
        List<LineAmounts> lineAmounts = new ArrayList<>(lines.size());
        Map<BigDecimal, RateSums> byRate = new TreeMap<>();
        BigDecimal subtotal = zero(scale);
        for (PricedLine line : lines) {
            LineAmounts amounts = line(line, scale);
            lineAmounts.add(amounts);
            subtotal = subtotal.add(amounts.amount());
            byRate.computeIfAbsent(plain(line.taxPercent()), rate -> new RateSums(scale)).add(amounts);
        }
        BigDecimal documentDiscount = zero(scale);
        List<TaxShare> shares = new ArrayList<>(byRate.size());
        BigDecimal net = zero(scale);
        BigDecimal tax = zero(scale);
        for (Map.Entry<BigDecimal, RateSums> rate : byRate.entrySet()) {
            RateSums sums = rate.getValue();
            BigDecimal exclusiveDiscount = percentOf(sums.exclusive, discountPercent, scale);
            BigDecimal inclusiveDiscount = percentOf(sums.inclusive, discountPercent, scale);
            documentDiscount = documentDiscount.add(exclusiveDiscount).add(inclusiveDiscount);
            TaxShare share = share(rate.getKey(), sums.exclusive.subtract(exclusiveDiscount), sums.inclusive.subtract(inclusiveDiscount), scale);
            shares.add(share);
            net = net.add(share.net());
            tax = tax.add(share.tax());
        }
        return new DocumentAmounts(currency, lineAmounts, subtotal, documentDiscount, shares, net, tax, net.add(tax));
    }

    private static LineAmounts line(PricedLine line, int scale) {
        BigDecimal exact = line.quantity().multiply(line.unitPrice());
        BigDecimal listAmount = round(exact, scale);
        BigDecimal amount = round(exact.multiply(HUNDRED.subtract(line.discountPercent())).divide(HUNDRED), scale);
        return new LineAmounts(listAmount, listAmount.subtract(amount), amount, line.taxIncluded());
    }

    private static TaxShare share(BigDecimal percent, BigDecimal exclusive, BigDecimal inclusive, int scale) {
        BigDecimal exclusiveTax = round(exclusive.multiply(percent).divide(HUNDRED), scale);
        BigDecimal inclusiveNet = inclusive.multiply(HUNDRED).divide(HUNDRED.add(percent), scale, RoundingMode.HALF_UP);
        BigDecimal inclusiveTax = inclusive.subtract(inclusiveNet);
        return new TaxShare(percent, exclusive.add(inclusiveNet), exclusiveTax.add(inclusiveTax));
    }

    private static BigDecimal percentOf(BigDecimal amount, BigDecimal percent, int scale) {
        return round(amount.multiply(percent).divide(HUNDRED), scale);
    }

    private static BigDecimal round(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP);
    }

    /** 19.00 and 19 are one rate; 10 stays 10, not 1E+1. */
    private static BigDecimal plain(BigDecimal percent) {
        BigDecimal stripped = percent.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal zero(int scale) {
        return BigDecimal.ZERO.setScale(scale);
    }

    /** The exclusive and the inclusive line amounts of one tax rate, kept apart. */
    private static final class RateSums {

        private BigDecimal exclusive;
        private BigDecimal inclusive;

        RateSums(int scale) {
            exclusive = zero(scale);
            inclusive = zero(scale);
        }

        void add(LineAmounts line) {
            if (line.taxIncluded()) {
                inclusive = inclusive.add(line.amount());
            } else {
                exclusive = exclusive.add(line.amount());
            }
        }
    }
}
