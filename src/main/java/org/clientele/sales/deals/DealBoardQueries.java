package org.clientele.sales.deals;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.clientele.identity.Viewer;
import org.clientele.platform.DatabaseVendor;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The board's SQL: pipelines and stages, one aggregate per board for the column totals (grouped by
 * stage and currency) and one query for the first cards of every column (ranked within each stage
 * by a window function), so the board costs the same few statements however many deals it holds.
 * A column shows the open deals of its stage; won and lost columns those closed since {@code closedSince}.
 */
@Component
class DealBoardQueries {

    private static final String CARD_COLUMNS = "d.id, d.name, d.stage_id, d.company_id, c.name as company_name, d.amount, "
            + "d.currency, d.owner_id, u.full_name as owner_name, d.expected_close, d.important, d.stage_entered_at";
    private static final String CARD_FROM = " from deals d left join companies c on c.id = d.company_id "
            + "join users u on u.id = d.owner_id where";

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    DealBoardQueries(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    List<DealBoardPipeline> pipelines() {
        return jdbc.sql("select id, name, is_default from pipelines where active = ? order by position, id").param(true)
                .query((rs, n) -> new DealBoardPipeline(rs.getLong("id"), rs.getString("name"), rs.getBoolean("is_default")))
                .list();
    }

    /** The pipeline's active stages in board order: open ones by position, then won, then lost. */
    List<DealBoardStage> stages(long pipelineId) {
        return jdbc.sql("select id, name, outcome, probability from pipeline_stages where pipeline_id = ? and active = ? "
                + "order by case outcome when 'OPEN' then 0 when 'WON' then 1 else 2 end, position, id")
                .param(pipelineId).param(true)
                .query((rs, n) -> new DealBoardStage(rs.getLong("id"), rs.getString("name"), rs.getString("outcome"),
                        rs.getBigDecimal("probability")))
                .list();
    }

    List<DealBoardReason> lostReasons() {
        return jdbc.sql("select id, name from closing_reasons where success = ? and active = ? order by position, id")
                .param(false).param(true).query((rs, n) -> new DealBoardReason(rs.getLong("id"), rs.getString("name"))).list();
    }

    Optional<Long> stagePipeline(long stageId) {
        return jdbc.sql("select pipeline_id from pipeline_stages where id = ?").param(stageId).query(Long.class).optional();
    }

    /** Per stage and currency: how many deals, how many with an amount, and the sum of the amounts. */
    List<StageSum> sums(Viewer viewer, DealListFilter filter, Instant closedSince) {
        DealListQuery query = onBoard(new DealListQuery(vendor,
                "select d.stage_id, d.currency, count(*) as deals, count(d.amount) as priced, sum(d.amount) as amount "
                        + "from deals d where", viewer, filter), closedSince);
        return query.append("group by d.stage_id, d.currency").list(jdbc, (rs, n) -> new StageSum(rs.getLong("stage_id"),
                CurrencyCode.of(rs.getString("currency").strip()), rs.getLong("deals"), rs.getLong("priced"),
                rs.getBigDecimal("amount")));
    }

    /**
     * The first {@code perColumn + 1} cards of every column, newest in the stage first, in one statement.
     * The deals are ranked before the names of their company and owner are read, so only for the
     * cards shown (by subqueries: a join made the planner hash every company for a large board).
     */
    List<Card> firstCards(Viewer viewer, DealListFilter filter, Instant closedSince, int perColumn) {
        DealListQuery query = onBoard(new DealListQuery(vendor, "select r.id, r.name, r.stage_id, r.company_id, "
                + "(select c.name from companies c where c.id = r.company_id) as company_name, r.amount, r.currency, r.owner_id, "
                + "(select u.full_name from users u where u.id = r.owner_id) as owner_name, r.expected_close, r.important, "
                + "r.stage_entered_at from (select d.id, d.name, d.stage_id, d.company_id, d.amount, d.currency, d.owner_id, "
                + "d.expected_close, d.important, d.stage_entered_at, "
                + "row_number() over (partition by d.stage_id order by d.stage_entered_at desc, d.id desc) as card_rank "
                + "from deals d where", viewer, filter), closedSince);
        return query.append(") r where r.card_rank <= ? order by r.stage_id, r.card_rank", perColumn + 1).list(jdbc, this::card);
    }

    /** The next cards of one column after a card's place. */
    List<Card> moreCards(Viewer viewer, DealListFilter filter, Instant closedSince, long stageId, Instant enteredAt, long afterId,
            int limit) {
        DealListQuery query = onBoard(new DealListQuery(vendor, "select " + CARD_COLUMNS + CARD_FROM, viewer, filter), closedSince);
        Object entered = query.time(enteredAt);
        return query.and("d.stage_id = ?", stageId)
                .and("(d.stage_entered_at < ? or (d.stage_entered_at = ? and d.id < ?))", entered, entered, afterId)
                .append("order by d.stage_entered_at desc, d.id desc limit ?", limit + 1).list(jdbc, this::card);
    }

    private DealListQuery onBoard(DealListQuery query, Instant closedSince) {
        return query.and("(d.status = ? or d.closed_at >= ?)", "OPEN", query.time(closedSince));
    }

    private Card card(ResultSet rs, int n) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        CurrencyCode currency = CurrencyCode.of(rs.getString("currency").strip());
        return new Card(new DealBoardCard(rs.getLong("id"), rs.getString("name"), rs.getLong("stage_id"),
                DealListQuery.nullableLong(rs, "company_id"), rs.getString("company_name"),
                amount == null ? null : new Money(amount, currency), rs.getLong("owner_id"), rs.getString("owner_name"),
                rs.getObject("expected_close", LocalDate.class), rs.getBoolean("important")),
                DealListQuery.instant(vendor, rs, "stage_entered_at"));
    }

    record StageSum(long stageId, CurrencyCode currency, long deals, long priced, BigDecimal amount) {
    }

    /** A card and where it stands in its column. */
    record Card(DealBoardCard card, Instant enteredAt) {
    }
}
