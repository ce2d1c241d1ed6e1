package org.clientele.billing.invoices;

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
import java.util.Map;

import org.clientele.identity.RecordColumns;
import org.clientele.identity.RecordVisibility;
import org.clientele.platform.DatabaseVendor;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Cursor;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.Money;
import org.clientele.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of the invoices and credit notes the signed-in user may see, filtered, page by page by
 * keyset on the sort column and the id. Drafts have no number, issue or due date: they come last
 * in either direction of those sorts.
 */
@Service
@Transactional(readOnly = true)
public class InvoiceLists {

    public static final String DEFAULT_SORT = "-createdAt";
    public static final List<String> SORTS = List.of("number", "-number", "issuedOn", "-issuedOn", "dueOn", "-dueOn", "total", "-total",
            "createdAt", "-createdAt");
    /** The estimated total stops counting here. */
    public static final int ESTIMATE_CAP = 1000;

    static final RecordColumns COLUMNS = RecordColumns.of("i.owner_id", "i.team_id");
    private static final Map<String, String> KEYS = Map.of("number", "i.number", "issuedOn", "i.issued_on", "dueOn", "i.due_on",
            "total", "i.gross_total", "createdAt", "i.created_at");
    private static final List<String> NULLABLE = List.of("number", "issuedOn", "dueOn");
    private static final String SELECT = "select i.id, i.number, i.kind, i.status, i.billed_name, i.company_id, i.contact_id, "
            + "i.issued_on, i.due_on, i.currency, i.gross_total, i.paid_total, i.credited_total, i.owner_id, i.team_id, i.created_at "
            + "from billing_invoices i where ";

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;
    private final RecordVisibility visibility;

    InvoiceLists(JdbcClient jdbc, DatabaseVendor vendor, RecordVisibility visibility) {
        this.jdbc = jdbc;
        this.vendor = vendor;
        this.visibility = visibility;
    }

    /** @throws InvalidInputException for an unknown sort or a cursor of another sort */
    public CursorPage<InvoiceListRow> list(InvoiceListFilter filter, PageRequest page) {
        if (!SORTS.contains(page.sort())) {
            throw InvalidInputException.of("sort", "validation.sort.unknown", String.join(", ", SORTS));
        }
        String field = page.sortField();
        String key = KEYS.get(field);
        boolean nullable = NULLABLE.contains(field);
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT).append(where(filter, parameters));
        String comparison = page.descending() ? "<" : ">";
        if (page.after() != null) {
            String value = page.after().values().get(0);
            long id = parseId(page.after().values().get(1));
            if (nullable && value.isEmpty()) {
                sql.append(" and (").append(key).append(" is null and i.id ").append(comparison).append(" ?)");
                parameters.add(id);
            }
            else {
                Object parameter = parameter(field, value);
                sql.append(" and (").append(key).append(' ').append(comparison).append(" ? or (").append(key).append(" = ? and i.id ")
                        .append(comparison).append(" ?)").append(nullable ? " or " + key + " is null" : "").append(')');
                parameters.addAll(List.of(parameter, parameter, id));
            }
        }
        String direction = page.descending() ? " desc" : "";
        sql.append(" order by ").append(nullable ? "case when " + key + " is null then 1 else 0 end, " : "").append(key).append(direction)
                .append(", i.id").append(direction).append(" limit ?");
        parameters.add(page.rowsToRead());
        List<InvoiceListRow> rows = jdbc.sql(sql.toString()).params(parameters).query(this::row).list();
        return CursorPage.from(rows, page, row -> Cursor.of(page.sort(), cursorValue(field, row), Long.toString(row.id())));
    }

    /** How many invoices pass the filter, counted up to {@link #ESTIMATE_CAP} and no further. */
    public long estimate(InvoiceListFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String sql = "select count(*) from (select i.id from billing_invoices i where " + where(filter, parameters) + " limit ?) capped";
        parameters.add(ESTIMATE_CAP + 1);
        return jdbc.sql(sql).params(parameters).query(Long.class).single();
    }

    /** The visibility predicate and the filter, for the lists, the export and the aging report. */
    String where(InvoiceListFilter filter, List<Object> parameters) {
        var visible = RecordVisibility.predicate(visibility.viewer(), COLUMNS);
        StringBuilder where = new StringBuilder(visible.sql());
        parameters.addAll(visible.parameters());
        if (filter.q() != null && !filter.q().isBlank()) {
            String like = "%" + filter.q().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%";
            where.append(" and (lower(i.billed_name) like ? or lower(i.number) like ?)");
            parameters.addAll(List.of(like, like));
        }
        if (filter.status() != null) {
            where.append(" and i.status = ?");
            parameters.add(filter.status().name());
        }
        if (filter.kind() != null) {
            where.append(" and i.kind = ?");
            parameters.add(filter.kind().name());
        }
        if (filter.overdue()) {
            where.append(" and i.status in ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE') and i.due_on < ?");
            parameters.add(LocalDate.now(ZoneOffset.UTC));
        }
        if (filter.companyId() != null) {
            where.append(" and i.company_id = ?");
            parameters.add(filter.companyId());
        }
        if (filter.contactId() != null) {
            where.append(" and i.contact_id = ?");
            parameters.add(filter.contactId());
        }
        return where.toString();
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value);
        }
        catch (NumberFormatException ex) {
            throw InvalidInputException.of("cursor", "validation.cursor.invalid");
        }
    }

    private Object parameter(String field, String value) {
        try {
            return switch (field) {
                case "total" -> new BigDecimal(value);
                case "issuedOn", "dueOn" -> LocalDate.parse(value);
                case "createdAt" -> vendor == DatabaseVendor.POSTGRESQL ? OffsetDateTime.ofInstant(Instant.parse(value), ZoneOffset.UTC)
                        : LocalDateTime.ofInstant(Instant.parse(value), ZoneOffset.UTC);
                default -> value;
            };
        }
        catch (RuntimeException ex) {
            throw InvalidInputException.of("cursor", "validation.cursor.invalid");
        }
    }

    private static String cursorValue(String field, InvoiceListRow row) {
        return switch (field) {
            case "total" -> row.total().amount().toPlainString();
            case "issuedOn" -> row.issuedOn() == null ? "" : row.issuedOn().toString();
            case "dueOn" -> row.dueOn() == null ? "" : row.dueOn().toString();
            case "createdAt" -> row.createdAt().toString();
            default -> row.number() == null ? "" : row.number();
        };
    }

    InvoiceListRow row(ResultSet rs, int n) throws SQLException {
        CurrencyCode currency = CurrencyCode.of(rs.getString("currency").strip());
        BigDecimal gross = rs.getBigDecimal("gross_total");
        BigDecimal outstanding = gross.subtract(rs.getBigDecimal("paid_total")).subtract(rs.getBigDecimal("credited_total"));
        return new InvoiceListRow(rs.getLong("id"), rs.getString("number"), InvoiceKind.valueOf(rs.getString("kind")),
                InvoiceStatus.valueOf(rs.getString("status")), rs.getString("billed_name"), nullableLong(rs, "company_id"),
                nullableLong(rs, "contact_id"), rs.getObject("issued_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                new Money(gross, currency).rounded(), new Money(outstanding, currency).rounded(), rs.getLong("owner_id"),
                nullableLong(rs, "team_id"), instant(rs, "created_at"));
    }

    private Instant instant(ResultSet rs, String column) throws SQLException {
        if (vendor == DatabaseVendor.POSTGRESQL) {
            OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
