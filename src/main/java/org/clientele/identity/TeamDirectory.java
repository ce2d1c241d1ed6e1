package org.clientele.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clientele.platform.DatabaseVendor;
import org.clientele.shared.Cursor;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists teams: page by page by name (keyset), as a tree, or those of one user. */
@Service
public class TeamDirectory {

    public static final String DEFAULT_SORT = "name";
    public static final List<String> SORTS = List.of("name", "-name");

    private static final String MEMBER_COUNT = "(select count(*) from team_members m where m.team_id = t.id)";

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    TeamDirectory(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    @Transactional(readOnly = true)
    public CursorPage<TeamSummary> list(PageRequest page) {
        if (!SORTS.contains(page.sort())) {
            throw InvalidInputException.of("sort", "validation.sort.unknown", String.join(", ", SORTS));
        }
        String key = vendor == DatabaseVendor.POSTGRESQL ? "lower(t.name)" : "t.name";
        String direction = page.descending() ? "desc" : "asc";
        String comparison = page.descending() ? "<" : ">";
        StringBuilder sql = new StringBuilder("select t.id, t.name, t.parent_id, " + MEMBER_COUNT + " as members, " + key
                + " as sort_key from teams t where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (page.after() != null) {
            sql.append(" and (").append(key).append(' ').append(comparison).append(" ? or (").append(key)
                    .append(" = ? and t.id ").append(comparison).append(" ?))");
            parameters.add(page.after().values().get(0));
            parameters.add(page.after().values().get(0));
            parameters.add(Long.parseLong(page.after().values().get(1)));
        }
        sql.append(" order by ").append(key).append(' ').append(direction).append(", t.id ").append(direction).append(" limit ?");
        parameters.add(page.rowsToRead());
        List<Row> rows = jdbc.sql(sql.toString()).params(parameters)
                .query((rs, n) -> new Row(summary(rs.getLong("id"), rs.getString("name"), rs.getObject("parent_id"), 0,
                        rs.getInt("members")), rs.getString("sort_key")))
                .list();
        return CursorPage.from(rows, page, row -> Cursor.of(page.sort(), row.sortKey(), Long.toString(row.team().id())))
                .map(Row::team);
    }

    /** Every team, each followed by its sub-teams (by name at every level), with its depth. */
    @Transactional(readOnly = true)
    public List<TeamSummary> tree() {
        List<TeamSummary> all = jdbc.sql("select t.id, t.name, t.parent_id, " + MEMBER_COUNT + " as members from teams t")
                .query((rs, n) -> summary(rs.getLong("id"), rs.getString("name"), rs.getObject("parent_id"), 0, rs.getInt("members")))
                .list();
        Map<Long, List<TeamSummary>> children = new HashMap<>();
        all.forEach(team -> children.computeIfAbsent(team.parentId(), parent -> new ArrayList<>()).add(team));
        children.values().forEach(list -> list.sort(Comparator.comparing(TeamSummary::name, String.CASE_INSENSITIVE_ORDER)));
        List<TeamSummary> ordered = new ArrayList<>();
        append(children, null, 0, ordered);
        return ordered;
    }

    /**
     * The names of the given teams by id, in one statement without counting their members: what a
     * record's page shows of its team. Ids of no team are left out.
     */
    public Map<Long, String> namesOf(Collection<Long> teamIds) {
        return NamesById.read(jdbc, "teams", "name", teamIds);
    }

    /**
     * The teams a user is in, by name. For the signed-in API caller they are the teams read with
     * them for this call, put in the same order.
     */
    @Transactional(readOnly = true)
    public List<UserTeam> teamsOf(long userId) {
        List<UserTeam> teams = ClienteleUserDetails.callersTeamsReadForThisCall(userId).orElseGet(() -> jdbc
                .sql("select t.id, t.name, m.head from team_members m join teams t on t.id = m.team_id where m.user_id = ?")
                .param(userId)
                .query((rs, n) -> new UserTeam(rs.getLong("id"), rs.getString("name"), rs.getBoolean("head")))
                .list());
        return teams.stream().sorted(Comparator.comparing(UserTeam::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static void append(Map<Long, List<TeamSummary>> children, Long parentId, int depth, List<TeamSummary> ordered) {
        for (TeamSummary team : children.getOrDefault(parentId, List.of())) {
            ordered.add(new TeamSummary(team.id(), team.name(), team.parentId(), depth, team.memberCount()));
            append(children, team.id(), depth + 1, ordered);
        }
    }

    private static TeamSummary summary(long id, String name, Object parentId, int depth, int members) {
        return new TeamSummary(id, name, parentId == null ? null : ((Number) parentId).longValue(), depth, members);
    }

    private record Row(TeamSummary team, String sortKey) {
    }
}
