package org.clientele.identity;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the user behind an API token afresh on every call, so that deactivating someone, taking
 * a role away or moving them out of a team counts at once: one query for the user, their roles
 * and their teams, without loading the entity or opening a transaction, as it runs before every
 * API request.
 */
@Component
class ApiCallers {

    private final JdbcClient jdbc;

    ApiCallers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The user if they exist and are active; their password hash is never read. Each row pairs one
     * role with one team membership (a user has few of each), so roles and teams are gathered apart.
     */
    Optional<ClienteleUserDetails> activeUser(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<UserTeam> teams = new ArrayList<>();
        Set<Long> teamIds = new HashSet<>();
        Row[] user = new Row[1];
        jdbc.sql("""
                select u.email, u.full_name, u.locale, u.time_zone, u.active, u.locked_until, u.password_change_required, r.role,
                    m.team_id, m.head, t.name as team_name
                from users u left join user_roles r on r.user_id = u.id left join team_members m on m.user_id = u.id
                    left join teams t on t.id = m.team_id
                where u.id = ?""")
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
                    long teamId = rs.getLong("team_id");
                    String teamName = rs.getString("team_name");
                    if (teamName != null && teamIds.add(teamId)) {
                        teams.add(new UserTeam(teamId, teamName, rs.getBoolean("head")));
                    }
                });
        return Optional.ofNullable(user[0]).filter(Row::active)
                .map(row -> ClienteleUserDetails.of(userId, row.email(), row.fullName(), row.locale(), row.timeZone(), true,
                        row.lockedUntil() == null ? null : row.lockedUntil().toInstant(), row.passwordChangeRequired(), roles, teams));
    }

    private record Row(String email, String fullName, String locale, String timeZone, boolean active, Timestamp lockedUntil,
            boolean passwordChangeRequired) {
    }
}
