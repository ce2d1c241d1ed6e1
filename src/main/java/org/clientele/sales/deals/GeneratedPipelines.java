package org.clientele.sales.deals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.clientele.platform.BulkData;
import org.clientele.platform.BulkTable;

/**
 * The pipelines generated deals go into: the default pipeline the migrations made (or one like it
 * when there is none) and a {@code Key accounts} pipeline with stages of its own, and the closing
 * reasons offered to everyone.
 */
record GeneratedPipelines(Stages sales, Stages keyAccounts, long[] successReasons, long[] failureReasons) {

    static final String KEY_ACCOUNTS = "Key accounts";
    private static final List<StageSpec> SALES_STAGES = List.of(new StageSpec("Qualification", 10, StageOutcome.OPEN),
            new StageSpec("Needs analysis", 25, StageOutcome.OPEN), new StageSpec("Proposal", 50, StageOutcome.OPEN),
            new StageSpec("Negotiation", 75, StageOutcome.OPEN), new StageSpec("Won", 100, StageOutcome.WON),
            new StageSpec("Lost", 0, StageOutcome.LOST));
    private static final List<StageSpec> KEY_ACCOUNT_STAGES = List.of(new StageSpec("Discovery", 10, StageOutcome.OPEN),
            new StageSpec("Stakeholder map", 20, StageOutcome.OPEN), new StageSpec("Solution design", 40, StageOutcome.OPEN),
            new StageSpec("Proposal", 60, StageOutcome.OPEN), new StageSpec("Contract review", 80, StageOutcome.OPEN),
            new StageSpec("Won", 100, StageOutcome.WON), new StageSpec("Lost", 0, StageOutcome.LOST));

    static GeneratedPipelines prepare(BulkData data) {
        Long defaultId = data.jdbc().sql("select min(id) from pipelines where is_default = ? and active = ?").params(true, true)
                .query(Long.class).optional().orElse(null);
        Stages sales = defaultId != null ? read(data, defaultId) : null;
        if (sales == null) {
            sales = create(data, "Sales", true, SALES_STAGES);
        }
        Stages keyAccounts = create(data, KEY_ACCOUNTS, false, KEY_ACCOUNT_STAGES);
        return new GeneratedPipelines(sales, keyAccounts, reasons(data, true), reasons(data, false));
    }

    /** A pipeline's active stages, or {@code null} when it lacks an open, a won or a lost one. */
    private static Stages read(BulkData data, long pipelineId) {
        List<Stage> stages = data.jdbc().sql("select id, probability, outcome from pipeline_stages where pipeline_id = ? and active = ? "
                + "order by position, id").params(pipelineId, true)
                .query((rs, n) -> new Stage(rs.getLong("id"), rs.getBigDecimal("probability"), StageOutcome.valueOf(rs.getString("outcome"))))
                .list();
        return Stages.of(pipelineId, stages);
    }

    private static Stages create(BulkData data, String name, boolean isDefault, List<StageSpec> specs) {
        long pipelineId = data.nextId("pipelines");
        int position = data.jdbc().sql("select coalesce(max(position), 0) from pipelines").query(Integer.class).single() + 10;
        try (BulkTable pipelines = data.table("pipelines", "id", "version", "name", "team_id", "is_default", "position", "active",
                "created_at", "updated_at")) {
            pipelines.row(pipelineId, 0, name, null, isDefault, position, true, data.now(), data.now());
        }
        long stageId = data.nextId("pipeline_stages");
        List<Stage> stages = new ArrayList<>();
        try (BulkTable table = data.table("pipeline_stages", "id", "version", "pipeline_id", "name", "position", "probability", "outcome",
                "active")) {
            for (int i = 0; i < specs.size(); i++) {
                StageSpec spec = specs.get(i);
                Stage stage = new Stage(stageId + i, BigDecimal.valueOf(spec.probability()), spec.outcome());
                table.row(stage.id(), 0, pipelineId, spec.name(), (i + 1) * 10, stage.probability(), spec.outcome(), true);
                stages.add(stage);
            }
        }
        return Stages.of(pipelineId, stages);
    }

    private static long[] reasons(BulkData data, boolean success) {
        return data.jdbc().sql("select id from closing_reasons where success = ? and active = ? and team_id is null order by position, id")
                .params(success, true).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }

    record Stage(long id, BigDecimal probability, StageOutcome outcome) {
    }

    /** A pipeline's open stages in order, and its first won and first lost stage. */
    record Stages(long pipelineId, List<Stage> open, Stage won, Stage lost) {

        static Stages of(long pipelineId, List<Stage> stages) {
            List<Stage> open = stages.stream().filter(stage -> stage.outcome() == StageOutcome.OPEN).toList();
            Stage won = stages.stream().filter(stage -> stage.outcome() == StageOutcome.WON).findFirst().orElse(null);
            Stage lost = stages.stream().filter(stage -> stage.outcome() == StageOutcome.LOST).findFirst().orElse(null);
            return open.isEmpty() || won == null || lost == null ? null : new Stages(pipelineId, open, won, lost);
        }
    }

    private record StageSpec(String name, int probability, StageOutcome outcome) {
    }
}
