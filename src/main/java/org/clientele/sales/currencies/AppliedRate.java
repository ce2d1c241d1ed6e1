package org.clientele.sales.currencies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;

/**
 * The rate a conversion from one currency to another uses on a day: a stored rate, its inverse,
 * or a cross rate through a pivot currency. Kept as a fraction so that converting an amount
 * divides once (see {@link RateMath}).
 */
public final class AppliedRate {

    private final CurrencyCode from;
    private final CurrencyCode to;
    private final BigDecimal numerator;
    private final BigDecimal denominator;
    private final LocalDate on;
    private final CurrencyCode via;

    AppliedRate(CurrencyCode from, CurrencyCode to, BigDecimal numerator, BigDecimal denominator, LocalDate on, CurrencyCode via) {
        this.from = Objects.requireNonNull(from);
        this.to = Objects.requireNonNull(to);
        this.numerator = numerator;
        this.denominator = denominator;
        this.on = Objects.requireNonNull(on);
        this.via = via;
    }

    /** One for one: the rate between a currency and itself. */
    static AppliedRate same(CurrencyCode currency, LocalDate on) {
        return new AppliedRate(currency, currency, BigDecimal.ONE, BigDecimal.ONE, on, null);
    }

    /** The rate of {@code from} to {@code to} through this one's target, dated by the older of the two. */
    AppliedRate then(AppliedRate next) {
        LocalDate older = on.isBefore(next.on) ? on : next.on;
        return new AppliedRate(from, next.to, numerator.multiply(next.numerator), denominator.multiply(next.denominator), older, to);
    }

    /** The inverse of this rate, the same day. */
    AppliedRate inverse() {
        return new AppliedRate(to, from, denominator, numerator, on, via);
    }

    public CurrencyCode from() {
        return from;
    }

    public CurrencyCode to() {
        return to;
    }

    /** Units of {@link #to()} one unit of {@link #from()} is worth: exact for a stored rate, else at 34 significant digits. */
    public BigDecimal rate() {
        return RateMath.scale(BigDecimal.ONE, numerator, denominator);
    }

    /** The day of the rate; for a cross rate the older of its two legs. */
    public LocalDate on() {
        return on;
    }

    /** The pivot currency of a cross rate. */
    public Optional<CurrencyCode> via() {
        return Optional.ofNullable(via);
    }

    /**
     * The money in {@link #to()}, at full precision.
     *
     * @throws IllegalArgumentException if the money is not in {@link #from()}
     */
    public Money apply(Money money) {
        if (!money.currency().equals(from)) {
            throw new IllegalArgumentException("A rate from " + from + " cannot convert " + money.currency());
        }
        if (from.equals(to)) {
            return money;
        }
        return new Money(RateMath.scale(money.amount(), numerator, denominator), to);
    }

    @Override
    public String toString() {
        return "1 " + from + " = " + rate().toPlainString() + " " + to + " on " + on + (via == null ? "" : " via " + via);
    }
}
