package org.clientele.sales.currencies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conversions with the stored dated rates (decision 0012). For a day, each pair's rate is its
 * latest on or before that day. Of the candidates — the stored rate of the pair, the inverse of
 * the reverse pair, and cross rates through EUR (the ECB's base) and the reporting currency — the
 * most recent wins; on a tie the pair's own rate beats its inverse and both beat a cross rate.
 */
@Service
public class DatedExchangeRates implements ExchangeRates {

    /** The ECB publishes every rate against the euro, so cross rates go through it first. */
    static final CurrencyCode EURO = CurrencyCode.of("EUR");

    private final JdbcClient jdbc;
    private final CurrencyManagement currencies;

    DatedExchangeRates(JdbcClient jdbc, CurrencyManagement currencies) {
        this.jdbc = jdbc;
        this.currencies = currencies;
    }

    @Override
    public CurrencyCode reportingCurrency() {
        return currencies.reportingCurrency();
    }

    @Override
    @Transactional(readOnly = true, noRollbackFor = MissingExchangeRateException.class)
    public Money convert(Money money, CurrencyCode target, LocalDate on) {
        if (money.currency().equals(target)) {
            return money;
        }
        return rate(money.currency(), target, on).apply(money);
    }

    /**
     * The rate a conversion uses on the day.
     *
     * @throws MissingExchangeRateException when no rate on or before the day is known
     */
    @Transactional(readOnly = true, noRollbackFor = MissingExchangeRateException.class)
    public AppliedRate rate(CurrencyCode from, CurrencyCode to, LocalDate on) {
        return find(from, to, on).orElseThrow(() -> new MissingExchangeRateException(from, to, on));
    }

    /** The rate a conversion uses on the day, if one is known. */
    @Transactional(readOnly = true, noRollbackFor = MissingExchangeRateException.class)
    public Optional<AppliedRate> find(CurrencyCode from, CurrencyCode to, LocalDate on) {
        if (from.equals(to)) {
            return Optional.of(AppliedRate.same(from, on));
        }
        Set<CurrencyCode> pivots = new LinkedHashSet<>(List.of(EURO, reportingCurrency()));
        pivots.remove(from);
        pivots.remove(to);
        Set<CurrencyCode> codes = new LinkedHashSet<>(List.of(from, to));
        codes.addAll(pivots);
        Map<String, AppliedRate> latest = latestRates(codes, on);

        List<AppliedRate> candidates = new ArrayList<>();
        pair(latest, from, to).ifPresent(candidates::add);
        for (CurrencyCode pivot : pivots) {
            pair(latest, from, pivot).ifPresent(first -> pair(latest, pivot, to).map(first::then).ifPresent(candidates::add));
        }
        AppliedRate best = null;
        for (AppliedRate candidate : candidates) {
            if (best == null || candidate.on().isAfter(best.on())) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The pair's stored rate or the inverse of the reverse pair's, whichever is more recent (the stored one on a tie). */
    private static Optional<AppliedRate> pair(Map<String, AppliedRate> latest, CurrencyCode from, CurrencyCode to) {
        AppliedRate direct = latest.get(key(from, to));
        AppliedRate reverse = latest.get(key(to, from));
        if (reverse == null) {
            return Optional.ofNullable(direct);
        }
        if (direct == null || reverse.on().isAfter(direct.on())) {
            return Optional.of(reverse.inverse());
        }
        return Optional.of(direct);
    }

    /** For every pair among the codes, its latest stored rate on or before the day, keyed by {@link #key}. */
    private Map<String, AppliedRate> latestRates(Set<CurrencyCode> codes, LocalDate on) {
        List<String> values = codes.stream().map(CurrencyCode::value).toList();
        Map<String, AppliedRate> latest = new HashMap<>();
        jdbc.sql("""
                select r.base_currency, r.quote_currency, r.rate, r.valid_on from exchange_rates r
                where r.base_currency in (:codes) and r.quote_currency in (:codes)
                  and r.valid_on = (select max(l.valid_on) from exchange_rates l
                                    where l.base_currency = r.base_currency and l.quote_currency = r.quote_currency
                                      and l.valid_on <= :on)
                """)
                .param("codes", values).param("on", on)
                .query((rs, n) -> {
                    CurrencyCode base = CurrencyCode.of(rs.getString("base_currency"));
                    CurrencyCode quote = CurrencyCode.of(rs.getString("quote_currency"));
                    BigDecimal rate = RateMath.clean(rs.getBigDecimal("rate"));
                    return new AppliedRate(base, quote, rate, BigDecimal.ONE, rs.getObject("valid_on", LocalDate.class), null);
                })
                .list()
                .forEach(rate -> latest.put(key(rate.from(), rate.to()), rate));
        return latest;
    }

    private static String key(CurrencyCode from, CurrencyCode to) {
        return from.value() + to.value();
    }
}
