package org.clientele.sales.deals;

import java.util.List;
import java.util.Optional;

import org.clientele.identity.TeamManagement;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Closing reasons: reading them for deals, and their administration. Reasons are deactivated, never deleted. */
@Service
public class ClosingReasonManagement {

    static final String RECORD_TYPE = "ClosingReason";
    private static final int STEP = 10;

    private final ClosingReasons reasons;
    private final TeamManagement teams;

    ClosingReasonManagement(ClosingReasons reasons, TeamManagement teams) {
        this.reasons = reasons;
        this.teams = teams;
    }

    /** Every reason, success ones first, each group in order. */
    @Transactional(readOnly = true)
    public List<ClosingReasonView> reasons() {
        return reasons.findAllByOrderBySuccessDescPositionAscIdAsc().stream().map(ClosingReason::toView).toList();
    }

    /** The active reasons a deal of the team may give, success ones first. */
    @Transactional(readOnly = true)
    public List<ClosingReasonView> offeredTo(Long teamId) {
        return reasons.findAllByOrderBySuccessDescPositionAscIdAsc().stream().filter(reason -> reason.offeredTo(teamId))
                .map(ClosingReason::toView).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ClosingReasonView> find(long id) {
        return reasons.findById(id).map(ClosingReason::toView);
    }

    /** Adds a reason after the others of its kind. */
    @Transactional
    public ClosingReasonView create(ClosingReasonForm form) {
        ClosingReasonForm checked = checked(form, null);
        int position = reasons.findAll().stream().mapToInt(ClosingReason::getPosition).max().orElse(0) + STEP;
        return reasons.save(new ClosingReason(checked.name(), checked.success(), checked.teamId(), position)).toView();
    }

    @Transactional
    public ClosingReasonView change(long id, ClosingReasonForm form) {
        ClosingReason reason = existing(id);
        ClosingReasonForm checked = checked(form, reason.getTeamId());
        reason.change(checked.name(), checked.success(), checked.teamId());
        return reason.toView();
    }

    /** Swaps the reason with its neighbour of the same kind before ({@code up}) or after it. */
    @Transactional
    public ClosingReasonView move(long id, boolean up) {
        ClosingReason reason = existing(id);
        List<ClosingReason> sameKind = reasons.findAllByOrderBySuccessDescPositionAscIdAsc().stream()
                .filter(other -> other.isSuccess() == reason.isSuccess()).toList();
        int index = sameKind.indexOf(reason);
        int other = up ? index - 1 : index + 1;
        if (other >= 0 && other < sameKind.size()) {
            ClosingReason neighbour = sameKind.get(other);
            int position = neighbour.getPosition();
            neighbour.moveTo(reason.getPosition());
            reason.moveTo(position == reason.getPosition() ? position + (up ? -1 : 1) : position);
        }
        return reason.toView();
    }

    /** An inactive reason is no longer offered; deals that gave it keep it. */
    @Transactional
    public ClosingReasonView activate(long id, boolean active) {
        ClosingReason reason = existing(id);
        reason.activate(active);
        return reason.toView();
    }

    private ClosingReasonForm checked(ClosingReasonForm form, Long currentTeamId) {
        Checks checks = new Checks();
        String name = checks.required("name", form.name(), 100);
        if (form.teamId() != null && !form.teamId().equals(currentTeamId) && !teams.exists(form.teamId())) {
            checks.reject("teamId", "validation.customers.team-unknown");
        }
        checks.throwIfAny();
        return new ClosingReasonForm(name, form.success(), form.teamId());
    }

    private ClosingReason existing(long id) {
        return reasons.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }
}
