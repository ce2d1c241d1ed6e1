package org.clientele.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.clientele.platform.DatabaseVendor;
import org.clientele.shared.Cursor;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists users page by page (keyset, never offset), by name, e-mail or creation time, filtered by
 * a search text and by whether they are active.
 */
@Service
public class UserDirectory {

    public static final String DEFAULT_SORT = "name";
    public static final List<String> SORTS = List.of("name", "-name", "email", "-email", "createdAt", "-createdAt");

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    UserDirectory(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    /** Every active user's full name by id, in name order: the choices of an owner or employee field. */
    @Transactional(readOnly = true)
    public Map<Long, String> activeNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        String cursor = null;
        do {
            CursorPage<UserSummary> page = list(PageRequest.of(PageRequest.MAX_LIMIT, DEFAULT_SORT, cursor, DEFAULT_SORT), null, true);
            page.data().forEach(user -> names.put(user.id(), user.fullName()));
            cursor = page.next();
        }
        while (cursor != null);
        return names;
    }

    /** The full names of the given users, active or not, by id, in one statement (no transaction); ids of no user are left out. */
    public Map<Long, String> namesOf(Collection<Long> userIds) {
        return NamesById.read(jdbc, "users", "full_name", userIds);
    }

    /**
     * Whether the user exists and is active: one indexed read, without loading the user, for the
     * checks that every saved record makes of its owner.
     */
    public boolean isActive(long userId) {
        return jdbc.sql("select active from users where id = ?").param(userId).query(Boolean.class).optional().orElse(false);
    }

    /**
     * @param search part of a name or e-mail address, or {@code null}
     * @param active only active ({@code true}) or inactive ({@code false}) users, or {@code null} for all
     */
    @Transactional(readOnly = true)
    public CursorPage<UserSummary> list(PageRequest page, String search, Boolean active) {
        if (!SORTS.contains(page.sort())) {
            throw InvalidInputException.of("sort", "validation.sort.unknown", String.join(", ", SORTS));
        }
        String key = sortKey(page.sortField());
        String direction = page.descending() ? "desc" : "asc";
        String comparison = page.descending() ? "<" : ">";
        StringBuilder sql = new StringBuilder("select u.id, u.email, u.full_name, u.active, u.created_at, u.last_login_at, "
                + key + " as sort_key from users u where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (search != null && !search.isBlank()) {
            sql.append(" and (lower(u.full_name) like ? or u.email like ?)");
            String pattern = "%" + escapeLike(search.strip().toLowerCase(Locale.ROOT)) + "%";
            parameters.add(pattern);
            parameters.add(pattern);
        }
        if (active != null) {
            sql.append(" and u.active = ?");
            parameters.add(active);
        }
        if (page.after() != null) {
            sql.append(" and (").append(key).append(' ').append(comparison).append(" ? or (").append(key)
                    .append(" = ? and u.id ").append(comparison).append(" ?))");
            Object value = cursorValue(page.sortField(), page.after().values().get(0));
            parameters.add(value);
            parameters.add(value);
            parameters.add(Long.parseLong(page.after().values().get(1)));
        }
        sql.append(" order by ").append(key).append(' ').append(direction).append(", u.id ").append(direction).append(" limit ?");
        parameters.add(page.rowsToRead());
        List<Row> rows = jdbc.sql(sql.toString()).params(parameters).query(UserDirectory::row).list();
        Map<Long, Set<Role>> roles = rolesOf(rows.stream().map(row -> row.summary().id()).toList());
        List<Row> complete = rows.stream().map(row -> row.withRoles(roles.getOrDefault(row.summary().id(), Set.of()))).toList();
        return CursorPage.from(complete, page, row -> Cursor.of(page.sort(), row.sortValue(), Long.toString(row.summary().id())))
                .map(Row::summary);
    }

    private String sortKey(String field) {
        return switch (field) {
            case "email" -> "u.email";
            case "createdAt" -> "u.created_at";
            default -> vendor == DatabaseVendor.POSTGRESQL ? "lower(u.full_name)" : "u.full_name";
        };
    }

    private static Object cursorValue(String field, String value) {
        return field.equals("createdAt") ? Timestamp.from(Instant.parse(value)) : value;
    }

    private Map<Long, Set<Role>> rolesOf(List<Long> userIds) {
        Map<Long, Set<Role>> roles = new LinkedHashMap<>();
        if (userIds.isEmpty()) {
            return roles;
        }
        jdbc.sql("select user_id, role from user_roles where user_id in (:ids)")
                .param("ids", userIds)
                .query((rs, n) -> Map.entry(rs.getLong("user_id"), Role.valueOf(rs.getString("role"))))
                .list()
                .forEach(entry -> roles.computeIfAbsent(entry.getKey(), id -> EnumSet.noneOf(Role.class)).add(entry.getValue()));
        return roles;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp lastLogin = rs.getTimestamp("last_login_at");
        Timestamp created = rs.getTimestamp("created_at");
        Object sortKey = rs.getObject("sort_key");
        String sortValue = sortKey instanceof Timestamp timestamp ? timestamp.toInstant().toString()
                : sortKey instanceof java.time.LocalDateTime local ? local.toInstant(java.time.ZoneOffset.UTC).toString()
                : String.valueOf(sortKey);
        return new Row(new UserSummary(rs.getLong("id"), rs.getString("email"), rs.getString("full_name"),
                rs.getBoolean("active"), Set.of(), created.toInstant(), lastLogin == null ? null : lastLogin.toInstant()), sortValue);
    }

    private record Row(UserSummary summary, String sortValue) {

        Row withRoles(Set<Role> roles) {
            UserSummary s = summary;
            return new Row(new UserSummary(s.id(), s.email(), s.fullName(), s.active(), Set.copyOf(roles), s.createdAt(),
                    s.lastLoginAt()), sortValue);
        }
    }
}
