package org.clientele.sales.deals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Pipelines and deals written straight into the tables, the way a bulk load would, so that the
 * read side is tested on exactly the rows it is given. SQL both vendors run.
 */
final class DealBoardRows {

    private final JdbcClient jdbc;

    DealBoardRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String unique() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    /** A pipeline of its own, not the default, with two open stages (10 % and 50 %), won and lost. */
    Pipeline pipeline(String name) {
        long id = insert("insert into pipelines (name, is_default, position, active, created_at, updated_at) "
                + "values (?, ?, 1000, ?, current_timestamp, current_timestamp)", name, false, true);
        return new Pipeline(id, stage(id, "First", 10, "10", "OPEN"), stage(id, "Second", 20, "50", "OPEN"),
                stage(id, "Won", 30, "100", "WON"), stage(id, "Lost", 40, "0", "LOST"));
    }

    private long stage(long pipelineId, String name, int position, String probability, String outcome) {
        return insert("insert into pipeline_stages (pipeline_id, name, position, probability, outcome, active) values (?, ?, ?, ?, ?, ?)",
                pipelineId, name, position, new BigDecimal(probability), outcome, true);
    }

    /** An open deal owned by the user, with the stage's probability, in its first stage since now. */
    long deal(Pipeline pipeline, long stageId, String name, String amount, String currency, LocalDate expectedClose, long ownerId,
            Long teamId) {
        BigDecimal probability = jdbc.sql("select probability from pipeline_stages where id = ?").param(stageId)
                .query(BigDecimal.class).single();
        long id = insert("insert into deals (name, pipeline_id, stage_id, status, stage_entered_at, amount, currency, probability, "
                + "expected_close, important, owner_id, team_id, created_at, updated_at) values (?, ?, ?, ?, current_timestamp, ?, ?, ?, "
                + "?, ?, ?, ?, current_timestamp, current_timestamp)", name, pipeline.id(), stageId, "OPEN",
                amount == null ? null : new BigDecimal(amount), currency, probability, expectedClose, false, ownerId, teamId);
        jdbc.sql("insert into deal_stage_history (deal_id, stage_id, entered_at) values (?, ?, current_timestamp)").params(id, stageId)
                .update();
        return id;
    }

    void rate(String base, String quote, String rate, LocalDate validOn) {
        jdbc.sql("insert into exchange_rates (base_currency, quote_currency, rate, valid_on, source, created_at, updated_at) "
                + "values (?, ?, ?, ?, 'MANUAL', current_timestamp, current_timestamp)")
                .params(base, quote, new BigDecimal(rate), validOn).update();
    }

    private long insert(String sql, Object... values) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(values).update(keys, "id");
        return keys.getKeys() != null && keys.getKeys().containsKey("id") ? ((Number) keys.getKeys().get("id")).longValue()
                : keys.getKey().longValue();
    }

    record Pipeline(long id, long first, long second, long won, long lost) {
    }
}
