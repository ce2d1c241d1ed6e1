package org.clientele.identity;

import java.sql.Timestamp;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the user behind an API token afresh on every call, so that deactivating someone or taking
 * a role away counts at once: one query for the user and their roles, without loading the entity
 * or opening a transaction, as it runs before every API request.
 */
@Component
class ApiCallers {

    private final JdbcClient jdbc;

    ApiCallers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user if they exist and are active; their password hash is never read. */
    Optional<ClienteleUserDetails> activeUser(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Row[] user = new Row[1];
        jdbc.sql("""
                select u.email, u.full_name, u.locale, u.time_zone, u.active, u.locked_until, u.password_change_required, r.role
                from users u left join user_roles r on r.user_id = u.id where u.id = ?""")
                .param(userId)
                .query(rs -> {
                    if (user[0] == null) {
                        // Written in UTC, as Hibernate writes every time (a MySQL datetime has no zone of its own).
                        Timestamp lockedUntil = rs.getTimestamp("locked_until", Calendar.getInstance(TimeZone.getTimeZone("UTC")));
                        user[0] = new Row(rs.getString("email"), rs.getString("full_name"), rs.getString("locale"),
                                rs.getString("time_zone"), rs.getBoolean("active"), lockedUntil,
                                rs.getBoolean("password_change_required"));
                    }
                    String role = rs.getString("role");
                    if (role != null) {
                        roles.add(Role.valueOf(role));
                    }
                });
        return Optional.ofNullable(user[0]).filter(Row::active)
                .map(row -> ClienteleUserDetails.of(userId, row.email(), row.fullName(), row.locale(), row.timeZone(), true,
                        row.lockedUntil() == null ? null : row.lockedUntil().toInstant(), row.passwordChangeRequired(), roles));
    }

    private record Row(String email, String fullName, String locale, String timeZone, boolean active, Timestamp lockedUntil,
            boolean passwordChangeRequired) {
    }
}
