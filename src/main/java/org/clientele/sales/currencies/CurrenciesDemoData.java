package org.clientele.sales.currencies;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.clientele.platform.DemoDataContributor;
import org.springframework.stereotype.Component;

/**
 * US dollars, pounds and Swiss francs in use next to the euro, with euro-based rates entered by
 * hand: on the first of each month for two years, and daily for the last ten days, so that demo
 * deals of any recent date convert. Runs before the deals so that their totals can.
 */
@Component
class CurrenciesDemoData implements DemoDataContributor {

    private static final int MONTHS_BACK = 24;
    private static final int DAYS_BACK = 10;
    private static final List<Pair> PAIRS = List.of(new Pair("USD", "1.0800", "0.0300"), new Pair("GBP", "0.8500", "0.0120"),
            new Pair("CHF", "0.9400", "0.0200"));

    private final CurrencyManagement currencies;
    private final ExchangeRateManagement rates;
    private final ExchangeRateRows rows;

    CurrenciesDemoData(CurrencyManagement currencies, ExchangeRateManagement rates, ExchangeRateRows rows) {
        this.currencies = currencies;
        this.rates = rates;
        this.rows = rows;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public void contribute(long administratorId) {
        LocalDate today = LocalDate.now();
        for (Pair pair : PAIRS) {
            currencies.add(pair.code());
            for (int month = MONTHS_BACK; month >= 1; month--) {
                record(pair, today.minusMonths(month).withDayOfMonth(1), month);
            }
            for (int day = DAYS_BACK; day >= 0; day--) {
                record(pair, today.minusDays(day), day);
            }
        }
    }

    private void record(Pair pair, LocalDate date, int step) {
        if (rows.findByBaseCurrencyAndQuoteCurrencyAndValidOn("EUR", pair.code(), date).isPresent()) {
            return;
        }
        // A gentle, repeatable wave around the mid rate, so charts over time are not flat.
        BigDecimal wave = new BigDecimal(pair.swing()).multiply(BigDecimal.valueOf(((step * 7) % 11) - 5)).divide(BigDecimal.valueOf(5));
        BigDecimal rate = new BigDecimal(pair.mid()).add(wave).setScale(4, RoundingMode.HALF_EVEN);
        rates.create(new ExchangeRateForm("EUR", pair.code(), rate.toPlainString(), date.toString()));
    }

    private record Pair(String code, String mid, String swing) {
    }
}
