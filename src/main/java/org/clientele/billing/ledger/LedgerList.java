package org.clientele.billing.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.clientele.identity.RecordVisibility;
import org.clientele.platform.DatabaseVendor;
import org.clientele.shared.Cursor;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ledger as a list the signed-in user may see, a keyset page at a time, by payment date or amount. */
@Service
public class LedgerList {

    public static final String DEFAULT_SORT = "-paidOn";
    public static final List<String> SORTS = List.of("-paidOn", "paidOn", "-amount", "amount");

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;
    private final RecordVisibility visibility;

    LedgerList(JdbcClient jdbc, DatabaseVendor vendor, RecordVisibility visibility) {
        this.jdbc = jdbc;
        this.vendor = vendor;
        this.visibility = visibility;
    }

    /** @throws InvalidInputException on {@code sort} or {@code cursor} when the list does not know them */
    @Transactional(readOnly = true)
    public CursorPage<LedgerRow> page(TransactionFilter filter, PageRequest page) {
        if (!SORTS.contains(page.sort())) {
            throw InvalidInputException.of("sort", "validation.sort.unknown", String.join(", ", SORTS));
        }
        boolean byAmount = page.sortField().equals("amount");
        String column = byAmount ? "t.amount" : "t.paid_on";
        String direction = page.descending() ? "desc" : "asc";
        LedgerSql sql = new LedgerSql(visibility.viewer(), filter);
        if (page.after() != null) {
            Object key = afterKey(page.after(), byAmount);
            String beyond = page.descending() ? "<" : ">";
            sql.and("(" + column + " " + beyond + " ? or (" + column + " = ? and t.id " + beyond + " ?))", key, key, afterId(page.after()));
        }
        sql.append("order by " + column + " " + direction + ", t.id " + direction + " limit ?", page.rowsToRead());
        return CursorPage.from(sql.list(jdbc, vendor), page, row -> Cursor.of(page.sort(),
                byAmount ? row.transaction().amount().amount().toPlainString() : row.transaction().paidOn().toString(),
                Long.toString(row.transaction().id())));
    }

    /** The transaction with its counterparty's name, if it exists and the signed-in user may see it. */
    @Transactional(readOnly = true)
    public Optional<LedgerRow> find(long id) {
        return new LedgerSql(visibility.viewer(), TransactionFilter.NONE).and("t.id = ?", id).list(jdbc, vendor).stream().findFirst();
    }

    private static Object afterKey(Cursor cursor, boolean byAmount) {
        try {
            return byAmount ? new BigDecimal(cursor.values().get(0)) : LocalDate.parse(cursor.values().get(0));
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
