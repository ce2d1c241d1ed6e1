package org.clientele.customers;

import java.util.Collection;
import java.util.List;

import org.clientele.identity.RecordColumns;
import org.clientele.identity.RecordVisibility;
import org.clientele.identity.Viewer;
import org.clientele.platform.DatabaseVendor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lookups behind the duplicate checks, one per rule and table: each an equality (or {@code in})
 * on an indexed column, followed by the viewer's visibility, so that it reads a handful of rows at
 * any table size. No {@code order by}: sorting would invite the database to walk the primary key
 * instead of the lookup's index; the few rows found are sorted by the caller.
 */
@Component
class DuplicateQueries {

    /** More than anyone reads in a warning; keeps a very common value (a switchboard number) cheap. */
    static final int LIMIT = 10;

    static final Table COMPANIES = new Table(DuplicateCandidate.COMPANY, "select c.id, c.name as label from companies c",
            CompanyList.COLUMNS);
    static final Table CONTACTS = new Table(DuplicateCandidate.CONTACT,
            "select c.id, trim(concat(coalesce(c.first_name, ''), ' ', coalesce(c.last_name, ''))) as label from contacts c",
            ContactList.COLUMNS);
    static final Table LEADS = new Table(DuplicateCandidate.LEAD,
            "select l.id, coalesce(nullif(trim(concat(coalesce(l.first_name, ''), ' ', coalesce(l.last_name, ''))), ''), l.company_name) "
                    + "as label from leads l",
            LeadList.COLUMNS);

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    DuplicateQueries(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    /**
     * The records of a table whose column holds one of the values.
     *
     * @param join a join to a table of further values (such as {@code join company_emails x on x.company_id = c.id}), or empty
     * @param column the compared column, such as {@code c.email} or {@code x.email}
     */
    List<DuplicateCandidate> in(Viewer viewer, Table table, String rule, String join, String column, Collection<String> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        return where(viewer, table, rule, join, inCondition(column, values), values.toArray());
    }

    /**
     * The records of a table whose own column or whose table of further values (a main e-mail
     * address and the further ones) holds one of the values: the two lookups of {@link #in} in one
     * statement, each with its own limit.
     *
     * @param further the join to the table of further values, such as {@code join contact_emails x on x.contact_id = c.id}
     */
    List<DuplicateCandidate> inOwnOrFurther(Viewer viewer, Table table, String rule, String column, String further,
            String furtherColumn, Collection<String> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        return candidates(query(viewer, table, "", inCondition(column, values), values.toArray())
                .unionAll(query(viewer, table, further, inCondition(furtherColumn, values), values.toArray())), table, rule);
    }

    /** The records of a table that meet a condition on indexed columns. */
    List<DuplicateCandidate> where(Viewer viewer, Table table, String rule, String join, String condition, Object... values) {
        return candidates(query(viewer, table, join, condition, values), table, rule);
    }

    private ListQuery query(Viewer viewer, Table table, String join, String condition, Object... values) {
        return new ListQuery(vendor, table.select() + (join.isEmpty() ? "" : " " + join) + " where " + condition, values)
                .and(RecordVisibility.predicate(viewer, table.columns(), vendor)).limit(LIMIT);
    }

    private List<DuplicateCandidate> candidates(ListQuery query, Table table, String rule) {
        return query.list(jdbc, (rs, n) -> new DuplicateCandidate(table.type(), rs.getLong("id"), rs.getString("label"), rule));
    }

    private static String inCondition(String column, Collection<String> values) {
        return column + " in (" + String.join(", ", values.stream().map(value -> "?").toList()) + ")";
    }

    /** A table searched for duplicates: its type, the select of id and label, the columns visibility needs. */
    record Table(String type, String select, RecordColumns columns) {
    }
}
