package org.clientele.sales.deals;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

import org.clientele.customers.CompanyManagement;
import org.clientele.customers.ContactManagement;
import org.clientele.customers.LeadManagement;
import org.clientele.identity.TeamManagement;
import org.clientele.identity.UserAccount;
import org.clientele.identity.UserManagement;
import org.springframework.stereotype.Component;

/**
 * Checks a deal form: its fields, who it belongs to, the stage it starts in, its closing reason,
 * and that the company, contact and lead it links to exist and are visible to the signed-in user.
 * What stays as it was is accepted, so that a deal whose owner left or whose company was hidden
 * from its editor can still be changed.
 */
@Component
class DealFormChecks {

    static final int MAX_CO_OWNERS = 20;

    private final PipelineManagement pipelines;
    private final ClosingReasonManagement reasons;
    private final CompanyManagement companies;
    private final ContactManagement contacts;
    private final LeadManagement leads;
    private final UserManagement users;
    private final TeamManagement teams;

    DealFormChecks(PipelineManagement pipelines, ClosingReasonManagement reasons, CompanyManagement companies,
            ContactManagement contacts, LeadManagement leads, UserManagement users, TeamManagement teams) {
        this.pipelines = pipelines;
        this.reasons = reasons;
        this.companies = companies;
        this.contacts = contacts;
        this.leads = leads;
        this.users = users;
        this.teams = teams;
    }

    /** A form checked and normalised, with the stage the deal is (or is to be) in. */
    record Checked(DealForm form, StageView stage) {
    }

    /**
     * @param current the deal before the change, or {@code null} for a new one
     * @param signedIn whether a signed-in user acts, whose visibility the links must meet
     */
    Checked check(DealForm form, DealView current, boolean signedIn) {
        Checks checks = new Checks();
        String name = checks.required("name", form.name(), 200);
        String currency = checks.currency("currency", form.currency());
        BigDecimal amount = checks.amount("amount", form.amount(), false);
        BigDecimal probability = checks.percent("probability", form.probability());
        ownership(checks, form, current);
        if (signedIn) {
            links(checks, form, current);
        }
        String nextStep = checks.optional("nextStep", form.nextStep(), 250);
        String description = checks.optional("description", form.description(), 4000);
        StageView stage = stage(checks, form, current);
        Long closingReasonId = current == null ? form.closingReasonId() : current.closingReasonId();
        if (stage != null && current == null) {
            closingReason(checks, stage.outcome(), closingReasonId, form.teamId());
        }
        checks.throwIfAny();
        DealForm normalized = new DealForm(name, stage.pipelineId(), stage.id(), amount, currency, probability,
                form.expectedClose(), nextStep, form.nextStepDate(), description, form.important(), form.companyId(),
                form.contactId(), form.leadId(), current == null ? form.requestId() : current.requestId(), closingReasonId,
                form.ownerId(), form.teamId(), form.coOwnerIds());
        return new Checked(normalized, stage);
    }

    /**
     * A lost stage needs an active reason that is not a success, offered to the deal's team; a won
     * stage takes an optional success reason; an open stage takes none.
     */
    void closingReason(Checks checks, StageOutcome outcome, Long reasonId, Long teamId) {
        if (outcome == StageOutcome.OPEN) {
            if (reasonId != null) {
                checks.reject("closingReasonId", "validation.deals.reason-open-stage");
            }
            return;
        }
        if (reasonId == null) {
            if (outcome == StageOutcome.LOST) {
                checks.reject("closingReasonId", "validation.deals.lost-reason-required");
            }
            return;
        }
        boolean fits = reasons.find(reasonId)
                .filter(reason -> reason.active() && (reason.teamId() == null || reason.teamId().equals(teamId)))
                .filter(reason -> reason.success() == (outcome == StageOutcome.WON)).isPresent();
        if (!fits) {
            checks.reject("closingReasonId",
                    outcome == StageOutcome.WON ? "validation.deals.won-reason" : "validation.deals.lost-reason");
        }
    }

    /** The stage a new deal starts in; a changed deal stays where it is (moves go through {@link DealManagement#moveToStage}). */
    private StageView stage(Checks checks, DealForm form, DealView current) {
        if (current != null) {
            return pipelines.stage(current.stageId()).orElseThrow();
        }
        if (form.stageId() != null) {
            StageView stage = pipelines.stage(form.stageId()).filter(StageView::active).orElse(null);
            if (stage == null) {
                checks.reject("stageId", "validation.deals.stage-unknown");
            }
            else if (!offered(stage.pipelineId(), form.teamId())) {
                checks.reject("stageId", "validation.deals.pipeline-not-offered");
            }
            return stage;
        }
        if (form.pipelineId() != null) {
            if (!offered(form.pipelineId(), form.teamId())) {
                checks.reject("pipelineId", "validation.deals.pipeline-not-offered");
                return null;
            }
            return firstOpenStage(checks, form.pipelineId());
        }
        return pipelines.defaultFor(form.teamId()).flatMap(pipeline -> pipeline.firstStage(StageOutcome.OPEN)).orElseGet(() -> {
            checks.reject("pipelineId", "validation.deals.no-pipeline");
            return null;
        });
    }

    private StageView firstOpenStage(Checks checks, long pipelineId) {
        return pipelines.find(pipelineId).flatMap(pipeline -> pipeline.firstStage(StageOutcome.OPEN)).orElseGet(() -> {
            checks.reject("pipelineId", "validation.deals.no-pipeline");
            return null;
        });
    }

    private boolean offered(long pipelineId, Long teamId) {
        return pipelines.offeredTo(teamId).stream().anyMatch(pipeline -> pipeline.id() == pipelineId);
    }

    private void links(Checks checks, DealForm form, DealView current) {
        if (changed(form.companyId(), current == null ? null : current.companyId()) && companies.find(form.companyId()).isEmpty()) {
            checks.reject("companyId", "validation.deals.company-unknown");
        }
        if (changed(form.contactId(), current == null ? null : current.contactId()) && contacts.find(form.contactId()).isEmpty()) {
            checks.reject("contactId", "validation.deals.contact-unknown");
        }
        if (changed(form.leadId(), current == null ? null : current.leadId()) && leads.find(form.leadId()).isEmpty()) {
            checks.reject("leadId", "validation.deals.lead-unknown");
        }
    }

    private static boolean changed(Long chosen, Long before) {
        return chosen != null && !Objects.equals(chosen, before);
    }

    private void ownership(Checks checks, DealForm form, DealView current) {
        if ((current == null || current.ownerId() != form.ownerId()) && !activeUser(form.ownerId())) {
            checks.reject("ownerId", "validation.customers.owner-unknown");
        }
        if (changed(form.teamId(), current == null ? null : current.teamId()) && !teams.exists(form.teamId())) {
            checks.reject("teamId", "validation.customers.team-unknown");
        }
        Set<Long> before = current == null ? Set.of() : Set.copyOf(current.coOwnerIds());
        if (form.coOwnerIds().size() > MAX_CO_OWNERS) {
            checks.reject("coOwnerIds", "validation.customers.too-many", MAX_CO_OWNERS);
        }
        else if (!form.coOwnerIds().stream().allMatch(id -> before.contains(id) || activeUser(id))) {
            checks.reject("coOwnerIds", "validation.customers.co-owner-unknown");
        }
    }

    private boolean activeUser(long userId) {
        return users.find(userId).filter(UserAccount::active).isPresent();
    }
}
