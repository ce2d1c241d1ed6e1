package org.clientele.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The names of some rows of a table by id, in one statement and without a transaction: what a page shows of the users and teams it names. */
final class NamesById {

    private NamesById() {
    }

    /** @return the name of each given id that has a row; ids of no row are left out */
    static Map<Long, String> read(JdbcClient jdbc, String table, String nameColumn, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            List<Long> distinct = List.copyOf(Set.copyOf(ids));
            jdbc.sql("select id, " + nameColumn + " from " + table + " where id in ("
                    + String.join(", ", distinct.stream().map(id -> "?").toList()) + ")")
                    .params(distinct).query((rs, n) -> names.put(rs.getLong("id"), rs.getString(nameColumn))).list();
        }
        return names;
    }
}
