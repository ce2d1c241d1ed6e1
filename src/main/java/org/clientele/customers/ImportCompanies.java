package org.clientele.customers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.clientele.identity.RecordVisibility;
import org.clientele.identity.SqlPredicate;
import org.clientele.identity.Viewer;
import org.clientele.platform.DatabaseVendor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The companies imported contacts work at, by name: a company the importer may see with that
 * name (ignoring case) if there is one, else a new company of theirs.
 */
@Component
class ImportCompanies {

    private final JdbcClient jdbc;
    private final CompanyManagement companies;
    private final DatabaseVendor vendor;

    ImportCompanies(JdbcClient jdbc, CompanyManagement companies, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.companies = companies;
        this.vendor = vendor;
    }

    /** The ids of the visible companies with these names, keyed by name in lower case. */
    Map<String, Long> existing(Collection<String> names, Viewer importer) {
        Map<String, Long> found = new HashMap<>();
        if (names.isEmpty()) {
            return found;
        }
        SqlPredicate visible = RecordVisibility.predicate(importer, CompanyList.COLUMNS, vendor);
        List<Object> parameters = new ArrayList<>();
        names.forEach(name -> parameters.add(key(name)));
        parameters.addAll(visible.parameters());
        jdbc.sql("select c.sort_name, c.id from companies c where c.sort_name in ("
                        + String.join(", ", names.stream().map(name -> "?").toList()) + ") and " + visible.sql())
                .params(parameters)
                .query(rs -> {
                    found.merge(rs.getString("sort_name"), rs.getLong("id"), Math::min);
                });
        return found;
    }

    /** Creates a company with nothing but a name, owned by the importer, with the forms' checks and audit. */
    long create(String name, long ownerId, Long teamId) {
        return companies.create(ownerId, new CompanyForm(name, null, null, List.of(), List.of(), Address.empty(), null, null,
                ownerId, teamId, Set.of())).id();
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
