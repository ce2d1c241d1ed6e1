package org.clientele.sales.currencies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Cursor;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stored rates, newest first (sort {@code -date}) or oldest first ({@code date}), a keyset page at a time. */
@Service
public class ExchangeRateList {

    public static final String DEFAULT_SORT = "-date";

    private final JdbcClient jdbc;

    ExchangeRateList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public CursorPage<ExchangeRateView> page(ExchangeRateFilter filter, PageRequest page) {
        if (!page.sortField().equals("date")) {
            throw InvalidInputException.of("sort", "validation.exchange-rates.sort");
        }
        StringBuilder sql = new StringBuilder("select id, base_currency, quote_currency, rate, valid_on, source, updated_at "
                + "from exchange_rates where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.from() != null) {
            sql.append(" and base_currency = ?");
            params.add(filter.from().value());
        }
        if (filter.to() != null) {
            sql.append(" and quote_currency = ?");
            params.add(filter.to().value());
        }
        if (filter.onOrBefore() != null) {
            sql.append(" and valid_on <= ?");
            params.add(filter.onOrBefore());
        }
        String direction = page.descending() ? "desc" : "asc";
        if (page.after() != null) {
            LocalDate date = afterDate(page.after());
            long id = afterId(page.after());
            String beyond = page.descending() ? "<" : ">";
            sql.append(" and (valid_on ").append(beyond).append(" ? or (valid_on = ? and id ").append(beyond).append(" ?))");
            params.add(date);
            params.add(date);
            params.add(id);
        }
        sql.append(" order by valid_on ").append(direction).append(", id ").append(direction).append(" limit ").append(page.rowsToRead());
        List<ExchangeRateView> rows = jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new ExchangeRateView(rs.getLong("id"), CurrencyCode.of(rs.getString("base_currency")),
                        CurrencyCode.of(rs.getString("quote_currency")), RateMath.clean(rs.getBigDecimal("rate")),
                        rs.getObject("valid_on", LocalDate.class), rs.getString("source"), rs.getTimestamp("updated_at").toInstant()))
                .list();
        return CursorPage.from(rows, page, row -> Cursor.of(page.sort(), row.date().toString(), Long.toString(row.id())));
    }

    private static LocalDate afterDate(Cursor cursor) {
        try {
            return LocalDate.parse(cursor.values().get(0));
        }
        catch (RuntimeException ex) {
            throw InvalidInputException.of("cursor", "validation.cursor.invalid");
        }
    }

    private static long afterId(Cursor cursor) {
        try {
            return Long.parseLong(cursor.values().get(1));
        }
        catch (RuntimeException ex) {
            throw InvalidInputException.of("cursor", "validation.cursor.invalid");
        }
    }
}
