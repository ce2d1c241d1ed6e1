package org.clientele.customers;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.clientele.identity.RecordVisibility;
import org.clientele.platform.DatabaseVendor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The columns the signed-in user has chosen for the company, contact and lead lists, kept in the
 * database so that the choice follows them from device to device.
 */
@Service
public class ListColumnChoices {

    private final JdbcClient jdbc;
    private final RecordVisibility visibility;
    private final DatabaseVendor vendor;

    ListColumnChoices(JdbcClient jdbc, RecordVisibility visibility, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.visibility = visibility;
        this.vendor = vendor;
    }

    /** The signed-in user's choice, or every column if they have not chosen. */
    @Transactional(readOnly = true)
    public ListColumns chosen(TaggedType type) {
        return jdbc.sql("select hidden_columns from list_column_choices where user_id = ? and list_name = ?")
                .params(visibility.viewer().userId(), type.path()).query(String.class).optional()
                .map(hidden -> new ListColumns(type, Arrays.stream(hidden.split(",")).filter(code -> !code.isBlank())
                        .collect(Collectors.toSet())))
                .orElse(ListColumns.defaults(type));
    }

    /** Shows exactly the given columns (besides the name) to the signed-in user; unknown codes are ignored. */
    @Transactional
    public ListColumns choose(TaggedType type, Collection<String> shown) {
        ListColumns columns = ListColumns.showing(type, Set.copyOf(shown));
        long userId = visibility.viewer().userId();
        jdbc.sql("delete from list_column_choices where user_id = ? and list_name = ?").params(userId, type.path()).update();
        jdbc.sql("insert into list_column_choices (user_id, list_name, hidden_columns, updated_at) values (?, ?, ?, ?)")
                .params(userId, type.path(), String.join(",", columns.options().stream().filter(columns.hidden()::contains).toList()),
                        ListQuery.timeParameter(vendor, Instant.now()))
                .update();
        return columns;
    }
}
