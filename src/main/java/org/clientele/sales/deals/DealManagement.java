package org.clientele.sales.deals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.clientele.identity.RecordVisibility;
import org.clientele.identity.TeamDirectory;
import org.clientele.identity.UserTeam;
import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deals: creating, reading, changing and deleting them, moving them through their pipeline's
 * stages (win, lose, reopen), and their product lines. Everything but {@link #create} acts for
 * the signed-in user and only on the deals they may see (owner, team, co-owners, as for
 * customers); any other answers as missing. Moves keep the stage history and publish
 * {@link DealStageChanged}, {@link DealWon} and {@link DealLost}.
 */
@Service
public class DealManagement {

    static final String RECORD_TYPE = "Deal";

    private final Deals deals;
    private final StageVisits visits;
    private final LineItems lines;
    private final StageMoves moves;
    private final DealFormChecks checks;
    private final PipelineManagement pipelines;
    private final RecordVisibility visibility;
    private final TeamDirectory teamDirectory;
    private final String defaultCurrency;

    DealManagement(Deals deals, StageVisits visits, LineItems lines, StageMoves moves, DealFormChecks checks,
            PipelineManagement pipelines, RecordVisibility visibility, TeamDirectory teamDirectory,
            @Value("${clientele.sales.default-currency:EUR}") String defaultCurrency) {
        this.deals = deals;
        this.visits = visits;
        this.lines = lines;
        this.moves = moves;
        this.checks = checks;
        this.pipelines = pipelines;
        this.visibility = visibility;
        this.teamDirectory = teamDirectory;
        this.defaultCurrency = defaultCurrency;
    }

    /** An empty form owned by the user, in their first team, in the default currency, optionally linked already. */
    @Transactional(readOnly = true)
    public DealForm newForm(long userId, Long companyId, Long contactId) {
        Long teamId = teamDirectory.teamsOf(userId).stream().findFirst().map(UserTeam::teamId).orElse(null);
        return new DealForm(null, null, null, null, defaultCurrency, null, null, null, null, null, false, companyId, contactId, null,
                null, null, userId, teamId, Set.of());
    }

    /**
     * Creates a deal in the stage the form names, else in the first open stage of the form's
     * pipeline, else of the default pipeline of the deal's team. The company, contact and lead
     * must be visible to the signed-in user.
     *
     * @param creatorId the user who creates it, recorded as its creator and as who moved it into its first stage
     * @throws InvalidInputException naming every field at fault
     */
    @Transactional
    public DealView create(long creatorId, DealForm form) {
        return create(creatorId, form, true);
    }

    /** Creates a deal on a user's behalf without a signed-in user: its links are not checked for visibility. */
    DealView createOnBehalf(Long creatorId, DealForm form) {
        return create(creatorId, form, false);
    }

    private DealView create(Long creatorId, DealForm form, boolean signedIn) {
        DealFormChecks.Checked checked = checks.check(form, null, signedIn);
        Deal deal = deals.save(new Deal(checked.form(), checked.stage(), creatorId, Instant.now()));
        moves.entered(deal, checked.stage(), checked.form().closingReasonId(), creatorId);
        return view(deal);
    }

    /** The deal, if it exists and the signed-in user may see it. */
    @Transactional(readOnly = true)
    public Optional<DealView> find(long id) {
        return deals.findById(id).filter(this::visible).map(this::view);
    }

    /**
     * Changes a deal's fields; its stage stays (see {@link #moveToStage}). With product lines, its
     * amount stays their sum whatever the form says.
     *
     * @param expectedVersion the version the change was made from, or {@code null} to skip that check
     * @throws ObjectOptimisticLockingFailureException if it was changed since the expected version
     */
    @Transactional
    public DealView change(long id, DealForm form, Long expectedVersion) {
        Deal deal = visibleDeal(id);
        if (expectedVersion != null && expectedVersion != deal.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Deal.class, id);
        }
        DealView current = view(deal);
        DealFormChecks.Checked checked = checks.check(form, current, true);
        deal.apply(checked.form());
        if (current.currency().equals(deal.getCurrency())) {
            lines.total(deal);
        }
        else {
            lines.recurrency(deal);
        }
        deals.flush();
        return view(deal);
    }

    @Transactional
    public void delete(long id) {
        deals.delete(visibleDeal(id));
    }

    /**
     * Moves a deal to an active stage of its pipeline. Into a lost stage it needs an active reason
     * that is not a success; into a won stage it takes an optional success reason; into an open
     * stage none. Moving to the stage it is in changes nothing.
     *
     * @throws InvalidInputException on {@code stageId} for a stage not in its pipeline or inactive,
     *         on {@code closingReasonId} for a missing or unfit reason
     */
    @Transactional
    public DealView moveToStage(long dealId, long stageId, Long closingReasonId) {
        return move(visibleDeal(dealId), stageId, closingReasonId, visibility.viewer().userId());
    }

    /** Moves a deal on a user's behalf without a signed-in user (demo data), with the same checks otherwise. */
    DealView moveOnBehalf(long dealId, long stageId, Long closingReasonId, Long movedBy) {
        return move(deals.findById(dealId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, dealId)), stageId,
                closingReasonId, movedBy);
    }

    private DealView move(Deal deal, long stageId, Long closingReasonId, Long movedBy) {
        StageView from = pipelines.stage(deal.getStageId()).orElseThrow();
        StageView to = pipelines.stage(stageId).filter(stage -> stage.active() && stage.pipelineId() == deal.getPipelineId())
                .orElseThrow(() -> InvalidInputException.of("stageId", "validation.deals.stage-unknown"));
        if (to.id() == from.id()) {
            return view(deal);
        }
        Checks reasonChecks = new Checks();
        checks.closingReason(reasonChecks, to.outcome(), closingReasonId, deal.getTeamId());
        reasonChecks.throwIfAny();
        moves.move(deal, from, to, closingReasonId, movedBy);
        deals.flush();
        return view(deal);
    }

    /** Moves an open or lost deal to its pipeline's first won stage. @throws ConflictException if it is won already */
    @Transactional
    public DealView win(long dealId, Long closingReasonId) {
        return close(dealId, StageOutcome.WON, closingReasonId);
    }

    /** Moves an open or won deal to its pipeline's first lost stage; the reason is required. @throws ConflictException if it is lost already */
    @Transactional
    public DealView lose(long dealId, Long closingReasonId) {
        return close(dealId, StageOutcome.LOST, closingReasonId);
    }

    /**
     * Moves a won or lost deal back to the open stage it was in last (the pipeline's first open
     * stage if that one is inactive now).
     *
     * @throws ConflictException if it is open
     */
    @Transactional
    public DealView reopen(long dealId) {
        Deal deal = visibleDeal(dealId);
        if (deal.getStatus() == StageOutcome.OPEN) {
            throw new ConflictException("deals.transition.reopen", List.of());
        }
        PipelineView pipeline = pipelines.find(deal.getPipelineId()).orElseThrow();
        List<Long> open = pipeline.activeStages().stream().filter(stage -> stage.outcome() == StageOutcome.OPEN).map(StageView::id)
                .toList();
        Long last = moves.lastOpenStage(dealId, open);
        return moveToStage(dealId, last != null ? last : open.get(0), null);
    }

    /** The stages the deal has been in, oldest first, with how long it stayed in each. */
    @Transactional(readOnly = true)
    public List<StageHistoryEntry> history(long dealId) {
        visibleDeal(dealId);
        Instant now = Instant.now();
        return visits.findByDealIdOrderByEnteredAtAscIdAsc(dealId).stream().map(visit -> {
            StageView stage = pipelines.stage(visit.getStageId()).orElseThrow();
            Instant end = visit.getLeftAt() == null ? now : visit.getLeftAt();
            return new StageHistoryEntry(stage.id(), stage.name(), stage.outcome(), visit.getEnteredAt(), visit.getLeftAt(),
                    Duration.between(visit.getEnteredAt(), end), visit.getMovedBy());
        }).toList();
    }

    /**
     * Replaces the deal's product lines; their sum becomes its amount.
     *
     * @throws InvalidInputException on {@code lines[i].field} for every line at fault
     */
    @Transactional
    public DealView replaceLines(long dealId, List<DealLineForm> newLines) {
        visibleDeal(dealId);
        return replaceLinesOnBehalf(dealId, newLines);
    }

    /** Replaces a deal's lines on a user's behalf without a signed-in user (demo data). */
    DealView replaceLinesOnBehalf(long dealId, List<DealLineForm> newLines) {
        Deal deal = deals.findById(dealId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, dealId));
        lines.replace(deal, newLines);
        deals.flush();
        return view(deal);
    }

    /** Adds a line after the others. */
    @Transactional
    public DealView addLine(long dealId, DealLineForm line) {
        Deal deal = visibleDeal(dealId);
        lines.add(deal, line);
        deals.flush();
        return view(deal);
    }

    /** Changes one line in place. @throws RecordNotFoundException if the deal has no such line */
    @Transactional
    public DealView changeLine(long dealId, long lineId, DealLineForm line) {
        Deal deal = visibleDeal(dealId);
        lines.change(deal, lineId, line);
        deals.flush();
        return view(deal);
    }

    /** @throws RecordNotFoundException if the deal has no such line */
    @Transactional
    public DealView removeLine(long dealId, long lineId) {
        Deal deal = visibleDeal(dealId);
        lines.remove(deal, lineId);
        deals.flush();
        return view(deal);
    }

    private DealView close(long dealId, StageOutcome outcome, Long closingReasonId) {
        Deal deal = visibleDeal(dealId);
        if (deal.getStatus() == outcome) {
            throw new ConflictException("deals.transition." + (outcome == StageOutcome.WON ? "win" : "lose"), List.of());
        }
        StageView target = pipelines.find(deal.getPipelineId()).flatMap(pipeline -> pipeline.firstStage(outcome))
                .orElseThrow(() -> new ConflictException("deals.pipeline.no-stage", List.of()));
        return moveToStage(dealId, target.id(), closingReasonId);
    }

    private DealView view(Deal deal) {
        return deal.toView(lines.of(deal.getId(), deal.getCurrency()));
    }

    private Deal visibleDeal(long id) {
        Deal deal = deals.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        visibility.check(RECORD_TYPE, id, deal.getOwnerId(), deal.getTeamId(), deal.getCoOwnerIds());
        return deal;
    }

    private boolean visible(Deal deal) {
        return visibility.canSee(deal.getOwnerId(), deal.getTeamId(), deal.getCoOwnerIds());
    }
}
