package org.clientele.billing.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.clientele.identity.RecordVisibility;
import org.clientele.identity.SqlPredicate;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paid revenue: what customers paid minus what was refunded to them, per month of the payment
 * date and per currency, never converted. Reads only the transactions the reader may see.
 */
@Service
public class RevenueReport {

    /** The longest period one report covers. */
    static final int MAX_MONTHS = 60;

    private final JdbcClient jdbc;
    private final RecordVisibility visibility;
    private final Clock clock = Clock.systemUTC();

    RevenueReport(JdbcClient jdbc, RecordVisibility visibility) {
        this.jdbc = jdbc;
        this.visibility = visibility;
    }

    /** The twelve months up to and including the current one. */
    public List<RevenueMonth> lastTwelveMonths() {
        YearMonth now = YearMonth.now(clock);
        return monthly(now.minusMonths(11), now);
    }

    /**
     * Every month from {@code from} to {@code to}, both included, empty months too.
     *
     * @throws InvalidInputException when {@code to} is before {@code from} or the period is longer than {@value #MAX_MONTHS} months
     */
    @Transactional(readOnly = true)
    public List<RevenueMonth> monthly(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "validation.ledger.period-order");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw InvalidInputException.of("to", "validation.ledger.period-length", MAX_MONTHS);
        }
        SqlPredicate visible = visibility.predicate(LedgerSql.COLUMNS);
        List<Object> parameters = new ArrayList<>(List.of(TransactionKind.CUSTOMER_PAYMENT.name(), TransactionKind.CUSTOMER_PAYMENT.name(),
                TransactionKind.REFUND.name(), from.atDay(1), to.atEndOfMonth()));
        parameters.addAll(visible.parameters());
        Map<YearMonth, Map<CurrencyCode, Money>> sums = new HashMap<>();
        jdbc.sql("select extract(year from t.paid_on) as y, extract(month from t.paid_on) as m, t.currency, "
                + "sum(case when t.kind = ? then t.amount else -t.amount end) as total from billing_transactions t "
                + "where t.kind in (?, ?) and t.paid_on between ? and ? and " + visible.sql()
                + " group by extract(year from t.paid_on), extract(month from t.paid_on), t.currency")
                .params(parameters)
                .query((rs, n) -> {
                    YearMonth month = YearMonth.of(rs.getInt("y"), rs.getInt("m"));
                    CurrencyCode currency = CurrencyCode.of(rs.getString("currency"));
                    BigDecimal total = rs.getBigDecimal("total");
                    sums.computeIfAbsent(month, key -> new TreeMap<>()).put(currency, new Money(total, currency));
                    return month;
                }).list();
        List<RevenueMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(new RevenueMonth(month, List.copyOf(sums.getOrDefault(month, Map.of()).values())));
        }
        return months;
    }
}
