package org.clientele.billing.quotes;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clientele.identity.RecordColumns;
import org.clientele.identity.RecordVisibility;
import org.clientele.identity.SqlPredicate;
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

/** Lists of quotations the signed-in user may see, filtered, page by page by keyset on the sort column and the id. */
@Service
@Transactional(readOnly = true)
public class QuoteLists {

    public static final String DEFAULT_SORT = "-createdAt";
    public static final List<String> SORTS = List.of("createdAt", "-createdAt", "issueDate", "-issueDate", "validUntil", "-validUntil",
            "total", "-total", "number", "-number");

    static final RecordColumns COLUMNS = RecordColumns.of("q.owner_id", "q.team_id");
    private static final Map<String, String> KEYS = Map.of("createdAt", "q.created_at", "issueDate", "q.issue_date", "validUntil",
            "q.valid_until", "total", "q.gross_total", "number", "q.number");
    private static final String SELECT = "select q.id, q.number, q.revision, q.status, q.issue_date, q.valid_until, q.gross_total, "
            + "q.currency, q.company_id, c.name as company_name, q.contact_id, k.first_name, k.last_name, q.deal_id, q.invoice_id, "
            + "q.owner_id, u.full_name as owner_name, q.created_at from billing_quotes q left join companies c on c.id = q.company_id "
            + "left join contacts k on k.id = q.contact_id join users u on u.id = q.owner_id where ";

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;
    private final RecordVisibility visibility;

    QuoteLists(JdbcClient jdbc, DatabaseVendor vendor, RecordVisibility visibility) {
        this.jdbc = jdbc;
        this.vendor = vendor;
        this.visibility = visibility;
    }

    /** @throws InvalidInputException for an unknown sort or status, or a cursor of another sort */
    public CursorPage<QuoteListRow> list(QuoteListFilter filter, PageRequest page) {
        if (!SORTS.contains(page.sort())) {
            throw InvalidInputException.of("sort", "validation.sort.unknown", String.join(", ", SORTS));
        }
        if (filter.status() != null && Arrays.stream(QuoteStatus.values()).noneMatch(s -> s.name().equals(filter.status()))) {
            throw InvalidInputException.of("status", "validation.quotes.status-unknown");
        }
        SqlPredicate visible = RecordVisibility.predicate(visibility.viewer(), COLUMNS);
        StringBuilder sql = new StringBuilder(SELECT).append(visible.sql());
        List<Object> parameters = new ArrayList<>(visible.parameters());
        filter(filter, sql, parameters);
        String field = page.sortField();
        String key = KEYS.get(field);
        String comparison = page.descending() ? "<" : ">";
        if (page.after() != null) {
            Object value = parameter(field, page.after().values().get(0));
            long id = id(page.after().values().get(1));
            sql.append(" and (").append(key).append(' ').append(comparison).append(" ? or (").append(key).append(" = ? and q.id ")
                    .append(comparison).append(" ?))");
            parameters.addAll(List.of(value, value, id));
        }
        String direction = page.descending() ? " desc" : "";
        sql.append(" order by ").append(key).append(direction).append(", q.id").append(direction).append(" limit ?");
        parameters.add(page.rowsToRead());
        List<QuoteListRow> rows = jdbc.sql(sql.toString()).params(parameters).query(this::row).list();
        return CursorPage.from(rows, page, row -> Cursor.of(page.sort(), cursorValue(field, row), Long.toString(row.id())));
    }

    private static void filter(QuoteListFilter filter, StringBuilder sql, List<Object> parameters) {
        if (filter.q() != null && !filter.q().isBlank()) {
            sql.append(" and lower(q.number) like ?");
            parameters.add("%" + filter.q().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (filter.status() != null) {
            sql.append(" and q.status = ?");
            parameters.add(filter.status());
        }
        else {
            sql.append(" and q.status <> ?");
            parameters.add(QuoteStatus.SUPERSEDED.name());
        }
        and(sql, parameters, "q.company_id", filter.companyId());
        and(sql, parameters, "q.contact_id", filter.contactId());
        and(sql, parameters, "q.deal_id", filter.dealId());
        and(sql, parameters, "q.owner_id", filter.ownerId());
    }

    private static void and(StringBuilder sql, List<Object> parameters, String column, Long value) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = ?");
            parameters.add(value);
        }
    }

    private Object parameter(String field, String value) {
        try {
            return switch (field) {
                case "createdAt" -> time(Instant.parse(value));
                case "issueDate", "validUntil" -> LocalDate.parse(value);
                case "total" -> new BigDecimal(value);
                default -> value;
            };
        }
        catch (RuntimeException ex) {
            throw InvalidInputException.of("cursor", "validation.cursor.invalid");
        }
    }

    private static long id(String value) {
        try {
            return Long.parseLong(value);
        }
        catch (NumberFormatException ex) {
            throw InvalidInputException.of("cursor", "validation.cursor.invalid");
        }
    }

    private static String cursorValue(String field, QuoteListRow row) {
        return switch (field) {
            case "createdAt" -> row.createdAt().toString();
            case "issueDate" -> row.issueDate().toString();
            case "validUntil" -> row.validUntil().toString();
            case "total" -> row.total().amount().toPlainString();
            default -> row.number();
        };
    }

    /** A point in time as a parameter the vendor's driver writes as UTC. */
    private Object time(Instant instant) {
        return vendor == DatabaseVendor.POSTGRESQL ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)
                : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private Instant instant(ResultSet rs, String column) throws SQLException {
        if (vendor == DatabaseVendor.POSTGRESQL) {
            return rs.getObject(column, OffsetDateTime.class).toInstant();
        }
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private QuoteListRow row(ResultSet rs, int n) throws SQLException {
        String first = rs.getString("first_name");
        String last = rs.getString("last_name");
        String contactName = first == null && last == null ? null : ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        return new QuoteListRow(rs.getLong("id"), rs.getString("number"), rs.getInt("revision"),
                QuoteStatus.valueOf(rs.getString("status")), rs.getObject("issue_date", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class),
                new Money(rs.getBigDecimal("gross_total"), CurrencyCode.of(rs.getString("currency").strip())),
                nullableLong(rs, "company_id"), rs.getString("company_name"), nullableLong(rs, "contact_id"), contactName,
                nullableLong(rs, "deal_id"), nullableLong(rs, "invoice_id"), rs.getLong("owner_id"), rs.getString("owner_name"),
                instant(rs, "created_at"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
