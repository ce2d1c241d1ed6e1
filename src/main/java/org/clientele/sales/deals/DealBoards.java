package org.clientele.sales.deals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientele.identity.RecordVisibility;
import org.clientele.identity.Viewer;
import org.clientele.sales.currencies.ExchangeRates;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Cursor;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;

/**
 * The kanban board of a pipeline, as the signed-in user may see it: a column per stage with its
 * first cards and, over every deal in it, the count and the sum in the reporting currency at
 * today's exchange rate (decision 0015). Won and lost columns hold the deals closed in the last
 * {@link #CLOSED_DAYS} days.
 * <p>
 * Not transactional on purpose: a conversion without a rate throws inside the exchange rates'
 * own transaction, which would mark a surrounding read-only transaction rollback-only.
 */
@Service
public class DealBoards {

    /** Cards a column shows before "show more". */
    public static final int CARDS_PER_COLUMN = 50;
    public static final int CLOSED_DAYS = 30;

    private static final String CURSOR_SORT = "board";

    private final DealBoardQueries queries;
    private final RecordVisibility visibility;
    private final ExchangeRates rates;
    private final Clock clock = Clock.systemUTC();

    DealBoards(DealBoardQueries queries, RecordVisibility visibility, ExchangeRates rates) {
        this.queries = queries;
        this.visibility = visibility;
        this.rates = rates;
    }

    /**
     * The board of a pipeline, or of the default one.
     *
     * @param pipelineId a pipeline, or {@code null} for the default pipeline
     * @throws RecordNotFoundException if there is no such active pipeline
     */
    public DealBoardView board(Long pipelineId, DealListFilter filter) {
        List<DealBoardPipeline> pipelines = queries.pipelines();
        DealBoardPipeline pipeline = chosen(pipelines, pipelineId);
        Viewer viewer = visibility.viewer();
        DealListFilter onPipeline = filter.onBoard(pipeline.id());
        Map<Long, DealBoardTotal> totals = totals(viewer, pipeline.id(), onPipeline);
        Map<Long, List<DealBoardQueries.Card>> cards = new LinkedHashMap<>();
        queries.firstCards(viewer, onPipeline, closedSince(), CARDS_PER_COLUMN)
                .forEach(card -> cards.computeIfAbsent(card.card().stageId(), stage -> new ArrayList<>()).add(card));
        List<DealBoardColumn> columns = queries.stages(pipeline.id()).stream().map(stage -> {
            CursorPage<DealBoardCard> page = page(cards.getOrDefault(stage.id(), List.of()), CARDS_PER_COLUMN);
            return new DealBoardColumn(stage, totals.get(stage.id()), page.data(), page.next());
        }).toList();
        return new DealBoardView(pipeline, pipelines, columns, rates.reportingCurrency(), today());
    }

    /** Only the columns' stages and totals, without cards: what a move changes in the headers. */
    public List<DealBoardColumn> headers(long pipelineId, DealListFilter filter) {
        DealListFilter onPipeline = filter.onBoard(pipelineId);
        Map<Long, DealBoardTotal> totals = totals(visibility.viewer(), pipelineId, onPipeline);
        return queries.stages(pipelineId).stream()
                .map(stage -> new DealBoardColumn(stage, totals.get(stage.id()), List.of(), null)).toList();
    }

    /**
     * The next cards of one column after a cursor from {@link DealBoardColumn#next()}.
     *
     * @throws InvalidInputException if the cursor was not made by the board
     */
    public CursorPage<DealBoardCard> moreCards(long stageId, DealListFilter filter, String cursor) {
        long pipelineId = queries.stagePipeline(stageId).orElseThrow(() -> new RecordNotFoundException("Stage", stageId));
        Cursor after = Cursor.decode(cursor, CURSOR_SORT);
        if (after.values().size() != 2) {
            throw InvalidInputException.of("cursor", "validation.cursor.invalid");
        }
        Instant enteredAt;
        long afterId;
        try {
            enteredAt = Instant.parse(after.values().get(0));
            afterId = Long.parseLong(after.values().get(1));
        }
        catch (RuntimeException ex) {
            throw InvalidInputException.of("cursor", "validation.cursor.invalid");
        }
        return page(queries.moreCards(visibility.viewer(), filter.onBoard(pipelineId), closedSince(), stageId, enteredAt,
                afterId, CARDS_PER_COLUMN), CARDS_PER_COLUMN);
    }

    /** The active pipelines, in their order. */
    public List<DealBoardPipeline> pipelines() {
        return queries.pipelines();
    }

    /** The stages of the pipeline the given stage belongs to, in board order. */
    public List<DealBoardStage> stagesBeside(long stageId) {
        return queries.stages(queries.stagePipeline(stageId).orElseThrow(() -> new RecordNotFoundException("Stage", stageId)));
    }

    /** The reasons a deal can be lost for, offered when it is dropped on a lost stage. */
    public List<DealBoardReason> lostReasons() {
        return queries.lostReasons();
    }

    /** The date whose exchange rates convert the board's sums. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Map<Long, DealBoardTotal> totals(Viewer viewer, long pipelineId, DealListFilter filter) {
        CurrencyCode reporting = rates.reportingCurrency();
        LocalDate today = today();
        Map<Long, DealBoardTotal> totals = new LinkedHashMap<>();
        queries.stages(pipelineId).forEach(stage -> totals.put(stage.id(), DealBoardTotal.zero(reporting)));
        for (DealBoardQueries.StageSum sum : queries.sums(viewer, filter, closedSince())) {
            totals.computeIfPresent(sum.stageId(),
                    (stage, total) -> total.plus(sum.deals(), sum.priced(), sum.amount(), sum.currency(), today, rates));
        }
        return totals;
    }

    private static DealBoardPipeline chosen(List<DealBoardPipeline> pipelines, Long pipelineId) {
        if (pipelineId != null) {
            return pipelines.stream().filter(p -> p.id() == pipelineId).findFirst()
                    .orElseThrow(() -> new RecordNotFoundException("Pipeline", pipelineId));
        }
        return pipelines.stream().filter(DealBoardPipeline::isDefault).findFirst()
                .or(() -> pipelines.stream().findFirst())
                .orElseThrow(() -> new RecordNotFoundException("Pipeline", "default"));
    }

    private Instant closedSince() {
        return clock.instant().minus(Duration.ofDays(CLOSED_DAYS));
    }

    private static CursorPage<DealBoardCard> page(List<DealBoardQueries.Card> rows, int limit) {
        if (rows.size() <= limit) {
            return new CursorPage<>(rows.stream().map(DealBoardQueries.Card::card).toList(), null);
        }
        DealBoardQueries.Card last = rows.get(limit - 1);
        return new CursorPage<>(rows.subList(0, limit).stream().map(DealBoardQueries.Card::card).toList(),
                Cursor.of(CURSOR_SORT, last.enteredAt().toString(), Long.toString(last.card().id())).encode());
    }
}
