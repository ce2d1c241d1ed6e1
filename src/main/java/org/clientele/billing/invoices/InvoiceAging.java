package org.clientele.billing.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What customers owe on the invoices the signed-in user may see, per currency, by how long it is
 * past due on a given day: current (not yet due), 1–30, 31–60, 61–90 and over 90 days. Amounts are
 * what is outstanding now (total less payments and credits) of invoices still open; credit notes
 * are not counted. The buckets are computed as due-date ranges, so the database's date arithmetic
 * plays no part and the due-date index serves.
 */
@Service
@Transactional(readOnly = true)
public class InvoiceAging {

    public static final List<String> BUCKETS = List.of("current", "1-30", "31-60", "61-90", "90+");

    private final JdbcClient jdbc;
    private final InvoiceLists lists;

    InvoiceAging(JdbcClient jdbc, InvoiceLists lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    /** One bucket of one currency. */
    public record Bucket(String key, Money amount, long count) {
    }

    /** One currency's buckets, in {@link #BUCKETS} order, and their sum. */
    public record CurrencyAging(CurrencyCode currency, List<Bucket> buckets, Money total, long count) {
    }

    public record Report(LocalDate asOf, List<CurrencyAging> currencies) {
    }

    public Report asOf(LocalDate day) {
        List<Object> parameters = new ArrayList<>(List.of(day, day.minusDays(30), day.minusDays(60), day.minusDays(90)));
        String where = lists.where(InvoiceListFilter.none(), parameters);
        String sql = "select i.currency, case when i.due_on >= ? then 0 when i.due_on >= ? then 1 when i.due_on >= ? then 2 "
                + "when i.due_on >= ? then 3 else 4 end as bucket, count(*) as invoices, "
                + "sum(i.gross_total - i.paid_total - i.credited_total) as outstanding from billing_invoices i where " + where
                + " and i.kind = 'INVOICE' and i.status in ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE') group by i.currency, "
                + "case when i.due_on >= ? then 0 when i.due_on >= ? then 1 when i.due_on >= ? then 2 when i.due_on >= ? then 3 else 4 end";
        parameters.addAll(List.of(day, day.minusDays(30), day.minusDays(60), day.minusDays(90)));
        Map<CurrencyCode, Bucket[]> byCurrency = new TreeMap<>();
        jdbc.sql(sql).params(parameters).query((rs, n) -> {
            CurrencyCode currency = CurrencyCode.of(rs.getString("currency").strip());
            int bucket = rs.getInt("bucket");
            byCurrency.computeIfAbsent(currency, code -> empty(code))[bucket] = new Bucket(BUCKETS.get(bucket),
                    new Money(rs.getBigDecimal("outstanding"), currency).rounded(), rs.getLong("invoices"));
            return bucket;
        }).list();
        List<CurrencyAging> currencies = byCurrency.entrySet().stream().map(entry -> {
            List<Bucket> buckets = List.of(entry.getValue());
            Money total = buckets.stream().map(Bucket::amount).reduce(Money.zero(entry.getKey()).rounded(), Money::plus);
            return new CurrencyAging(entry.getKey(), buckets, total, buckets.stream().mapToLong(Bucket::count).sum());
        }).toList();
        return new Report(day, currencies);
    }

    private static Bucket[] empty(CurrencyCode currency) {
        Bucket[] buckets = new Bucket[BUCKETS.size()];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new Bucket(BUCKETS.get(i), new Money(BigDecimal.ZERO, currency).rounded(), 0);
        }
        return buckets;
    }
}
