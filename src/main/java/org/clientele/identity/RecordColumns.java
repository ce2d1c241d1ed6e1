package org.clientele.identity;

import java.util.regex.Pattern;

/**
 * Where a module's table keeps what record visibility needs: the owner's user id, the team id
 * and, optionally, a table of co-owners. Names are SQL identifiers written in code (such as
 * {@code c.owner_id}); anything else is refused, so no input can reach the SQL through them.
 *
 * @param ownerColumn the owner's user id, such as {@code c.owner_id}
 * @param teamColumn the team id (nullable column), such as {@code c.team_id}
 * @param idColumn the record's id, which the co-owner table refers to, or {@code null} without co-owners
 * @param coOwnerTable the table of co-owners, such as {@code company_co_owners}, or {@code null}
 * @param coOwnerRecordColumn the co-owner table's column holding the record id
 * @param coOwnerUserColumn the co-owner table's column holding the user id
 */
public record RecordColumns(String ownerColumn, String teamColumn, String idColumn, String coOwnerTable,
        String coOwnerRecordColumn, String coOwnerUserColumn) {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    public RecordColumns {
        requireIdentifier(ownerColumn);
        requireIdentifier(teamColumn);
        boolean coOwned = coOwnerTable != null;
        if (coOwned) {
            requireIdentifier(idColumn);
            requireIdentifier(coOwnerTable);
            requireIdentifier(coOwnerRecordColumn);
            requireIdentifier(coOwnerUserColumn);
        }
        else if (idColumn != null || coOwnerRecordColumn != null || coOwnerUserColumn != null) {
            throw new IllegalArgumentException("Co-owner columns need a co-owner table");
        }
    }

    /** A table with an owner and a team column and no co-owners. */
    public static RecordColumns of(String ownerColumn, String teamColumn) {
        return new RecordColumns(ownerColumn, teamColumn, null, null, null, null);
    }

    /**
     * The same columns, with co-owners kept in another table.
     *
     * @param idColumn the record's id in the main query, such as {@code c.id}
     */
    public RecordColumns coOwnedIn(String table, String recordColumn, String userColumn, String idColumn) {
        return new RecordColumns(ownerColumn, teamColumn, idColumn, table, recordColumn, userColumn);
    }

    boolean coOwned() {
        return coOwnerTable != null;
    }

    private static void requireIdentifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not an SQL column or table name: " + name);
        }
    }
}
