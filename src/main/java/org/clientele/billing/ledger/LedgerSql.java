package org.clientele.billing.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.clientele.identity.RecordColumns;
import org.clientele.identity.RecordVisibility;
import org.clientele.identity.Viewer;
import org.clientele.platform.DatabaseVendor;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An SQL statement over {@code billing_transactions t} with the counterparty's name beside each
 * row (read from the customers' and users' tables, as a read model), grown in steps: visibility,
 * filter, then what the caller appends.
 */
final class LedgerSql {

    static final RecordColumns COLUMNS = RecordColumns.of("t.owner_id", "t.team_id");

    private static final String COUNTERPARTY = "coalesce(t.payee_name, u.full_name, co.name, case when ct.id is not null then "
            + "trim(concat(coalesce(ct.first_name, ''), ' ', coalesce(ct.last_name, ''))) end)";
    private static final String SELECT = "select t.*, " + COUNTERPARTY + " as counterparty "
            + "from billing_transactions t left join companies co on co.id = t.company_id "
            + "left join contacts ct on ct.id = t.contact_id left join users u on u.id = t.employee_user_id where 1 = 1";

    private final StringBuilder sql = new StringBuilder(SELECT);
    private final List<Object> parameters = new ArrayList<>();

    /** @param viewer whose visibility applies, or {@code null} for every row (for statements of a customer already checked) */
    LedgerSql(Viewer viewer, TransactionFilter filter) {
        if (viewer != null) {
            var visible = RecordVisibility.predicate(viewer, COLUMNS);
            and(visible.sql(), visible.parameters().toArray());
        }
        if (filter.direction() != null) {
            and("t.direction = ?", filter.direction().name());
        }
        if (filter.kind() != null) {
            and("t.kind = ?", filter.kind().name());
        }
        if (filter.categoryId() != null) {
            and("t.category_id = ?", filter.categoryId());
        }
        if (filter.from() != null) {
            and("t.paid_on >= ?", filter.from());
        }
        if (filter.to() != null) {
            and("t.paid_on <= ?", filter.to());
        }
        if (filter.counterparty() != null && !filter.counterparty().isBlank()) {
            String like = "%" + filter.counterparty().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            and("lower(" + COUNTERPARTY + ") like ?", like);
        }
    }

    LedgerSql and(String condition, Object... values) {
        sql.append(" and ").append(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    LedgerSql append(String clause, Object... values) {
        sql.append(' ').append(clause);
        parameters.addAll(List.of(values));
        return this;
    }

    List<LedgerRow> list(JdbcClient jdbc, DatabaseVendor vendor) {
        return jdbc.sql(sql.toString()).params(parameters).query(rows(vendor)).list();
    }

    static RowMapper<LedgerRow> rows(DatabaseVendor vendor) {
        return (rs, n) -> new LedgerRow(view(rs, vendor), rs.getString("counterparty"));
    }

    private static TransactionView view(ResultSet rs, DatabaseVendor vendor) throws SQLException {
        CurrencyCode invoiceCurrency = rs.getString("invoice_currency") == null ? null : CurrencyCode.of(rs.getString("invoice_currency"));
        return new TransactionView(rs.getLong("id"), TransactionDirection.valueOf(rs.getString("direction")),
                TransactionKind.valueOf(rs.getString("kind")), nullableLong(rs, "company_id"), nullableLong(rs, "contact_id"),
                nullableLong(rs, "employee_user_id"), rs.getString("payee_name"), nullableLong(rs, "category_id"),
                new Money(rs.getBigDecimal("amount"), CurrencyCode.of(rs.getString("currency"))),
                rs.getObject("paid_on", LocalDate.class), PaymentMethod.valueOf(rs.getString("method")), rs.getString("reference"),
                nullableLong(rs, "invoice_id"), money(rs.getBigDecimal("invoice_amount"), invoiceCurrency),
                money(rs.getBigDecimal("exchange_difference"), invoiceCurrency), rs.getString("notes"), rs.getLong("owner_id"),
                nullableLong(rs, "team_id"), nullableLong(rs, "created_by"), rs.getLong("version"), instant(vendor, rs, "created_at"));
    }

    private static Money money(BigDecimal amount, CurrencyCode currency) {
        return amount == null || currency == null ? null : new Money(amount, currency);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(DatabaseVendor vendor, ResultSet rs, String column) throws SQLException {
        if (vendor == DatabaseVendor.POSTGRESQL) {
            OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
