package org.clientele.sales.requests;

import java.util.ArrayList;
import java.util.List;

import org.clientele.customers.ContactPoints;
import org.clientele.customers.Countries;
import org.clientele.customers.ReferenceDataManagement;
import org.clientele.customers.ReferenceKind;
import org.clientele.identity.TeamManagement;
import org.clientele.identity.UserAccount;
import org.clientele.identity.UserManagement;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Checks and normalises a request form, naming every field at fault: text lengths, the sender's
 * e-mail, phone (E.164) and website as customer records keep them, the country code, the lead
 * source, and an owner who is an active user and a team that exists.
 */
@Component
class RequestChecks {

    private final ReferenceDataManagement referenceData;
    private final UserManagement users;
    private final TeamManagement teams;

    RequestChecks(ReferenceDataManagement referenceData, UserManagement users, TeamManagement teams) {
        this.referenceData = referenceData;
        this.users = users;
        this.teams = teams;
    }

    /**
     * @param current the request before the change, or {@code null} for a new one: what stays as it
     *        was is accepted even if no longer offered (a deactivated source, an owner who left)
     */
    RequestForm checked(RequestForm form, RequestView current) {
        return checked(form, current, true);
    }

    /** A web form's post: its owner was checked when the form was saved, and one who left since does not stop posts. */
    RequestForm checkedPost(RequestForm form) {
        return checked(form, null, false);
    }

    private RequestForm checked(RequestForm form, RequestView current, boolean checkOwner) {
        List<FieldProblem> problems = new ArrayList<>();
        String firstName = text(problems, "firstName", form.firstName(), 100);
        String lastName = text(problems, "lastName", form.lastName(), 100);
        String companyName = text(problems, "companyName", form.companyName(), 200);
        String country = Countries.normalize(form.country());
        if (country != null && !Countries.isKnown(country)) {
            problems.add(new FieldProblem("country", "validation.customers.country-unknown"));
        }
        String email = ContactPoints.email("email", form.email(), problems);
        String phone = ContactPoints.phone("phone", form.phone(), country, problems);
        if (firstName == null && lastName == null && companyName == null && email == null && phone == null) {
            problems.add(new FieldProblem("lastName", "validation.requests.sender-required"));
        }
        if (form.leadSourceId() != null && (current == null || !form.leadSourceId().equals(current.leadSourceId()))
                && referenceData.find(ReferenceKind.LEAD_SOURCE, form.leadSourceId()).filter(entry -> entry.active()).isEmpty()) {
            problems.add(new FieldProblem("leadSourceId", "validation.requests.lead-source-unknown"));
        }
        if (checkOwner) {
            owner(problems, form.ownerId(), form.teamId(), current == null ? null : current.ownerId(),
                    current == null ? null : current.teamId());
        }
        RequestForm checked = new RequestForm(form.source(), form.leadSourceId(), firstName, lastName, email, phone, companyName,
                ContactPoints.website("website", form.website(), problems), country, text(problems, "city", form.city(), 120),
                text(problems, "subject", form.subject(), 200), text(problems, "message", form.message(), 4000), form.supportCase(),
                form.pending(), form.duplicate(), form.ownerId(), form.teamId());
        throwIfAny(problems);
        return checked;
    }

    /** An owner who is an active user (or stays as they were) and a team that exists (or stays). */
    void owner(List<FieldProblem> problems, Long ownerId, Long teamId, Long currentOwnerId, Long currentTeamId) {
        if (ownerId == null) {
            problems.add(new FieldProblem("ownerId", "validation.customers.required"));
        }
        else if (!ownerId.equals(currentOwnerId) && users.find(ownerId).filter(UserAccount::active).isEmpty()) {
            problems.add(new FieldProblem("ownerId", "validation.customers.owner-unknown"));
        }
        if (teamId != null && !teamId.equals(currentTeamId) && !teams.exists(teamId)) {
            problems.add(new FieldProblem("teamId", "validation.customers.team-unknown"));
        }
    }

    /** The text stripped, {@code null} if blank; a problem if longer than allowed. */
    static String text(List<FieldProblem> problems, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            problems.add(new FieldProblem(field, "validation.customers.too-long", maxLength));
        }
        return stripped;
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
