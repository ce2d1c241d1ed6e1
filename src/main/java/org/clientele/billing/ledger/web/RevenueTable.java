package org.clientele.billing.ledger.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clientele.billing.ledger.RevenueMonth;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;

/** Revenue per month as a table: one column per currency that had any, zero where a month had none. */
record RevenueTable(List<CurrencyCode> currencies, List<Row> rows) {

    static RevenueTable of(List<RevenueMonth> months) {
        List<CurrencyCode> currencies = List.copyOf(months.stream().flatMap(month -> month.amounts().stream()).map(Money::currency)
                .collect(Collectors.toCollection(TreeSet::new)));
        List<Row> rows = months.stream().map(month -> {
            Map<CurrencyCode, Money> byCurrency = month.amounts().stream().collect(Collectors.toMap(Money::currency, Function.identity()));
            return new Row(month.month(), currencies.stream().map(code -> byCurrency.getOrDefault(code, Money.zero(code))).toList());
        }).toList();
        return new RevenueTable(currencies, rows);
    }

    /** @param amounts one per currency of the table, in its order */
    record Row(YearMonth month, List<Money> amounts) {
    }
}
