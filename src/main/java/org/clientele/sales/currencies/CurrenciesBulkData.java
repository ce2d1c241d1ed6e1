package org.clientele.sales.currencies;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

import org.clientele.platform.BulkData;
import org.clientele.platform.BulkDataContributor;
import org.clientele.platform.BulkTable;
import org.springframework.stereotype.Component;

/**
 * The currencies generated deals use besides the euro, with a euro-based rate for every working
 * day of the generated period up to today, as the ECB loader would have stored them, so that any
 * deal's amount converts to the reporting currency on any date.
 */
@Component
class CurrenciesBulkData implements BulkDataContributor {

    /** Rates go back a little further than the oldest generated record. */
    private static final int DAYS = 3 * 366 + 60;
    private static final List<Pair> PAIRS = List.of(new Pair("USD", new BigDecimal("1.08")), new Pair("GBP", new BigDecimal("0.85")),
            new Pair("CHF", new BigDecimal("0.94")));

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void contribute(BulkData data) {
        List<String> known = data.jdbc().sql("select code from currencies").query(String.class).list();
        try (BulkTable currencies = data.table("currencies", "code", "added_at")) {
            PAIRS.stream().map(Pair::code).filter(code -> !known.contains(code)).forEach(code -> currencies.row(code, data.now()));
        }
        LocalDate today = LocalDate.ofInstant(data.now(), ZoneOffset.UTC);
        LocalDate first = today.minusDays(DAYS);
        long id = data.nextId("exchange_rates");
        try (BulkTable rates = data.table("exchange_rates", "id", "version", "base_currency", "quote_currency", "rate", "valid_on",
                "source", "created_at", "updated_at")) {
            for (Pair pair : PAIRS) {
                SplittableRandom random = data.random("exchange-rates-" + pair.code());
                double mid = pair.mid().doubleValue();
                double rate = mid;
                for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
                    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                        continue;
                    }
                    // A random walk pulled back towards the mid rate, so it wanders without drifting away.
                    rate += (mid - rate) * 0.02 + rate * (random.nextDouble() - 0.5) * 0.008;
                    var at = day.atTime(16, 0).toInstant(ZoneOffset.UTC);
                    var loadedAt = at.isAfter(data.now()) ? data.now() : at;
                    rates.row(id++, 0, "EUR", pair.code(), BigDecimal.valueOf(rate).setScale(4, RoundingMode.HALF_EVEN), day, "ECB",
                            loadedAt, loadedAt);
                }
            }
        }
    }

    private record Pair(String code, BigDecimal mid) {
    }
}
