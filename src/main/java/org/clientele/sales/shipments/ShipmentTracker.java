package org.clientele.sales.shipments;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.clientele.identity.RecordColumns;
import org.clientele.identity.RecordVisibility;
import org.clientele.identity.SqlPredicate;
import org.clientele.shared.Cursor;
import org.clientele.shared.CursorPage;
import org.clientele.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery tracker: shipments still to go out, soonest planned first (those without a planned
 * date last), and shipments gone out, latest first, each with its deal and the deal's company.
 * Pages by keyset; a shipment is listed to whoever sees its deal.
 */
@Service
public class ShipmentTracker {

    /** Stands in for "no planned date" so open shipments sort and page on one plain value. */
    private static final LocalDate UNPLANNED = LocalDate.of(9999, 12, 31);

    private static final RecordColumns DEAL_COLUMNS = RecordColumns.of("d.owner_id", "d.team_id")
            .coOwnedIn("deal_co_owners", "deal_id", "user_id", "d.id");

    private static final String SELECT = """
            select s.id, s.deal_id, d.name as deal_name, d.company_id, c.name as company_name, s.description, s.quantity,
                   s.planned_on, s.shipped_on, s.tracking_code, coalesce(s.planned_on, date '9999-12-31') as planned_key
            from shipments s
            join deals d on d.id = s.deal_id
            left join companies c on c.id = d.company_id
            where""";

    private final JdbcClient jdbc;
    private final RecordVisibility visibility;

    ShipmentTracker(JdbcClient jdbc, RecordVisibility visibility) {
        this.jdbc = jdbc;
        this.visibility = visibility;
    }

    /** Shipments not shipped yet, by planned date. */
    @Transactional(readOnly = true)
    public CursorPage<TrackedShipment> toShip(PageRequest page) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT).append(" s.shipped_on is null");
        if (page.after() != null) {
            LocalDate planned = LocalDate.parse(page.after().values().get(0));
            long id = Long.parseLong(page.after().values().get(1));
            sql.append(" and (coalesce(s.planned_on, date '9999-12-31') > ? or (coalesce(s.planned_on, date '9999-12-31') = ? and s.id > ?))");
            parameters.add(Date.valueOf(planned));
            parameters.add(Date.valueOf(planned));
            parameters.add(id);
        }
        visible(sql, parameters);
        sql.append(" order by planned_key, s.id");
        return read(sql, parameters, page, row -> Cursor.of(page.sort(),
                (row.plannedOn() == null ? UNPLANNED : row.plannedOn()).toString(), Long.toString(row.id())));
    }

    /** Shipments gone out, latest first. */
    @Transactional(readOnly = true)
    public CursorPage<TrackedShipment> shipped(PageRequest page) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT).append(" s.shipped_on is not null");
        if (page.after() != null) {
            LocalDate shipped = LocalDate.parse(page.after().values().get(0));
            long id = Long.parseLong(page.after().values().get(1));
            sql.append(" and (s.shipped_on < ? or (s.shipped_on = ? and s.id < ?))");
            parameters.add(Date.valueOf(shipped));
            parameters.add(Date.valueOf(shipped));
            parameters.add(id);
        }
        visible(sql, parameters);
        sql.append(" order by s.shipped_on desc, s.id desc");
        return read(sql, parameters, page, row -> Cursor.of(page.sort(), row.shippedOn().toString(), Long.toString(row.id())));
    }

    private void visible(StringBuilder sql, List<Object> parameters) {
        SqlPredicate predicate = visibility.predicate(DEAL_COLUMNS);
        sql.append(" and ").append(predicate.sql());
        parameters.addAll(predicate.parameters());
    }

    private CursorPage<TrackedShipment> read(StringBuilder sql, List<Object> parameters, PageRequest page,
            Function<TrackedShipment, Cursor> cursorOf) {
        sql.append(" limit ").append(page.rowsToRead());
        List<TrackedShipment> rows = jdbc.sql(sql.toString()).params(parameters).query(ShipmentTracker::row).list();
        return CursorPage.from(rows, page, cursorOf);
    }

    private static TrackedShipment row(ResultSet rs, int rowNumber) throws SQLException {
        Date planned = rs.getDate("planned_on");
        Date shipped = rs.getDate("shipped_on");
        Long companyId = rs.getObject("company_id", Long.class);
        return new TrackedShipment(rs.getLong("id"), rs.getLong("deal_id"), rs.getString("deal_name"),
                companyId, rs.getString("company_name"), rs.getString("description"),
                rs.getBigDecimal("quantity"), planned == null ? null : planned.toLocalDate(),
                shipped == null ? null : shipped.toLocalDate(), rs.getString("tracking_code"));
    }

    /** A row of the tracker. */
    public record TrackedShipment(long id, long dealId, String dealName, Long companyId, String companyName, String description,
            BigDecimal quantity, LocalDate plannedOn, LocalDate shippedOn, String trackingCode) {

        public boolean overdue(LocalDate today) {
            return shippedOn == null && plannedOn != null && plannedOn.isBefore(today);
        }
    }
}
