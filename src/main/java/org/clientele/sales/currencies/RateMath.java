package org.clientele.sales.currencies;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The arithmetic of exchange rates, in one place so that every conversion rounds alike (decision
 * 0012). Stored rates and products of them are exact; only a division (an inverse or a cross rate)
 * rounds, once, to {@link #PRECISION}: 34 significant digits, half to even.
 */
final class RateMath {

    /** The precision of every division: IEEE 754 decimal128, 34 significant digits, half to even. */
    static final MathContext PRECISION = MathContext.DECIMAL128;

    private RateMath() {
    }

    /** A stored rate without the trailing zeros of its numeric(19,10) column, never with a negative scale. */
    static BigDecimal clean(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** {@code amount × numerator ÷ denominator}: exact when the denominator is one, else one division at {@link #PRECISION}. */
    static BigDecimal scale(BigDecimal amount, BigDecimal numerator, BigDecimal denominator) {
        BigDecimal product = amount.multiply(numerator);
        return denominator.compareTo(BigDecimal.ONE) == 0 ? product : product.divide(denominator, PRECISION);
    }
}
