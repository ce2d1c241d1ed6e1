package org.clientele.sales.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.clientele.customers.CompanyManagement;
import org.clientele.customers.ContactManagement;
import org.clientele.customers.DuplicateCandidate;
import org.clientele.customers.LeadManagement;
import org.clientele.identity.RecordVisibility;
import org.clientele.sales.deals.DealForm;
import org.clientele.sales.deals.DealManagement;
import org.clientele.sales.deals.DealView;
import org.clientele.identity.TeamDirectory;
import org.clientele.identity.UserTeam;
import org.clientele.shared.ConflictException;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request inbox (S5): entering, reading, changing, closing, reopening and deleting requests,
 * and deciding on their match. Every request gets a ticket code, is matched to the customers its
 * sender may be ({@link RequestMatching}, flagged for verification) and is flagged as a duplicate
 * when the same e-mail address sent the same subject within {@link #DUPLICATE_WINDOW}. Everything
 * but creation acts for the signed-in user, on the requests they may see; any other answers as missing.
 */
@Service
public class RequestManagement {

    static final String RECORD_TYPE = "Request";
    /** How far back the duplicate rule looks (decision 16). */
    static final Duration DUPLICATE_WINDOW = Duration.ofDays(1);

    private final CustomerRequests requests;
    private final RequestList list;
    private final RequestChecks checks;
    private final RequestMatching matching;
    private final Tickets tickets;
    private final RecordVisibility visibility;
    private final TeamDirectory teamDirectory;
    private final ContactManagement contacts;
    private final CompanyManagement companies;
    private final LeadManagement leads;
    private final DealManagement deals;

    RequestManagement(CustomerRequests requests, RequestList list, RequestChecks checks, RequestMatching matching, Tickets tickets,
            RecordVisibility visibility, TeamDirectory teamDirectory, ContactManagement contacts, CompanyManagement companies,
            LeadManagement leads, DealManagement deals) {
        this.requests = requests;
        this.list = list;
        this.checks = checks;
        this.matching = matching;
        this.tickets = tickets;
        this.visibility = visibility;
        this.teamDirectory = teamDirectory;
        this.contacts = contacts;
        this.companies = companies;
        this.leads = leads;
        this.deals = deals;
    }

    /** An empty form entered by hand, owned by the user and put in their first team. */
    @Transactional(readOnly = true)
    public RequestForm newForm(long userId) {
        return new RequestForm(RequestSource.MANUAL, null, null, null, null, null, null, null, null, null, null, null, false, false,
                false, userId, defaultTeamOf(userId));
    }

    /** The team a user's new records go to: the first of their teams by name, if any. */
    Long defaultTeamOf(long userId) {
        return teamDirectory.teamsOf(userId).stream().findFirst().map(UserTeam::teamId).orElse(null);
    }

    /**
     * Enters a request by hand (or from e-mail or phone); it is received now.
     *
     * @throws InvalidInputException naming every field at fault; a web-form source is refused
     */
    @Transactional
    public RequestView create(long creatorId, RequestForm form) {
        if (form.source() == RequestSource.WEB_FORM) {
            throw InvalidInputException.of("source", "validation.requests.source-web-form");
        }
        return receive(checks.checked(form, null), null, null, null, creatorId);
    }

    /** Saves a checked form as a new request: ticket, duplicate flag and automatic match. */
    RequestView receive(RequestForm checked, Long webFormId, String remoteAddress, String userAgent, Long creatorId) {
        Instant now = Instant.now();
        CustomerRequest request = new CustomerRequest(tickets.next(), now, webFormId, checked, remoteAddress, userAgent, creatorId);
        if (checked.email() != null && requests.repeats(checked.email(), CustomerRequest.subjectKey(checked.subject()),
                now.minus(DUPLICATE_WINDOW), now, -1L)) {
            request.flagDuplicate();
        }
        RequestMatching.Match match = matching.best(matching.candidates(checked.ownerId(), checked));
        request.matchedAutomatically(match.contactId(), match.companyId(), match.leadId());
        return requests.saveAndFlush(request).toView();
    }

    @Transactional(readOnly = true)
    public Optional<RequestView> find(long id) {
        return requests.findById(id).filter(request -> visibility.canSee(request.getOwnerId(), request.getTeamId(), List.of()))
                .map(CustomerRequest::toView);
    }

    /**
     * Changes an open request. An unconfirmed match is looked for again with the new sender details.
     *
     * @param expectedVersion the version the change was made from, or {@code null} to skip that check
     * @throws ConflictException if it is closed or converted
     */
    @Transactional
    public RequestView change(long id, RequestForm form, Long expectedVersion) {
        CustomerRequest request = visible(id);
        request.requireOpen();
        if (expectedVersion != null && expectedVersion != request.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(CustomerRequest.class, id);
        }
        RequestView current = request.toView();
        RequestForm checked = checks.checked(new RequestForm(current.source(), form.leadSourceId(), form.firstName(), form.lastName(),
                form.email(), form.phone(), form.companyName(), form.website(), form.country(), form.city(), form.subject(),
                form.message(), form.supportCase(), form.pending(), form.duplicate(), form.ownerId(), form.teamId()), current);
        if (!checked.equals(current.toForm())) {
            request.apply(checked);
            request.started();
            if (!request.isMatchVerified()) {
                RequestMatching.Match match = matching.best(matching.candidates(checked.ownerId(), checked));
                request.matchedAutomatically(match.contactId(), match.companyId(), match.leadId());
            }
            requests.flush();
        }
        return request.toView();
    }

    /** @throws ConflictException if it was converted into a deal: it keeps where it went */
    @Transactional
    public void delete(long id) {
        CustomerRequest request = visible(id);
        if (request.getStatus() == RequestStatus.CONVERTED) {
            throw new ConflictException("requests.converted.read-only", List.of());
        }
        requests.delete(request);
    }

    @Transactional
    public RequestView close(long id) {
        CustomerRequest request = visible(id);
        request.close();
        requests.flush();
        return request.toView();
    }

    /** Back to in progress; only a closed request. */
    @Transactional
    public RequestView reopen(long id) {
        CustomerRequest request = visible(id);
        request.reopen();
        requests.flush();
        return request.toView();
    }

    /**
     * Confirms the automatic match, chooses other records, or clears it. Chosen records must be
     * ones the user may see.
     *
     * @throws InvalidInputException naming a chosen record that is not there for the user
     * @throws ConflictException if the request is closed or converted
     */
    @Transactional
    public RequestView match(long id, MatchChoice choice) {
        CustomerRequest request = visible(id);
        request.requireOpen();
        switch (choice.action()) {
            case CONFIRM -> request.confirmMatch();
            case CLEAR -> request.matchChosen(null, null, null);
            case CHOOSE -> {
                List<FieldProblem> problems = new java.util.ArrayList<>();
                if (choice.contactId() != null && contacts.find(choice.contactId()).isEmpty()) {
                    problems.add(new FieldProblem("contactId", "validation.requests.contact-unknown"));
                }
                if (choice.companyId() != null && companies.find(choice.companyId()).isEmpty()) {
                    problems.add(new FieldProblem("companyId", "validation.requests.company-unknown"));
                }
                if (choice.leadId() != null && leads.find(choice.leadId()).isEmpty()) {
                    problems.add(new FieldProblem("leadId", "validation.requests.lead-unknown"));
                }
                RequestChecks.throwIfAny(problems);
                request.matchChosen(choice.contactId(), choice.companyId(), choice.leadId());
            }
        }
        requests.flush();
        return request.toView();
    }

    /** The customers the sender may be, among those the signed-in user may see: what the match panel offers. */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> candidates(long id) {
        RequestView request = visible(id).toView();
        return matching.candidates(visibility.viewer().userId(), request.toForm());
    }

    /**
     * "Create deal": converts an open request into a deal in one transaction. The deal is named
     * after the subject (else the sender), belongs to the request's owner and team, links the
     * request and its matched company, contact and lead (which the user must be able to see), and
     * takes the message as its description; the request becomes {@link RequestStatus#CONVERTED}.
     *
     * @throws ConflictException if it is closed, converted already, a duplicate or a support case
     * @throws InvalidInputException if the deal cannot be made (a matched record out of the user's sight)
     */
    @Transactional
    public RequestView convert(long id, long userId) {
        CustomerRequest request = visible(id);
        request.requireConvertible();
        RequestView view = request.toView();
        DealForm empty = deals.newForm(userId, view.companyId(), view.contactId());
        String sender = view.displayName();
        String name = view.subject() != null ? view.subject() : sender.substring(0, Math.min(sender.length(), 200));
        DealView deal = deals.create(userId, new DealForm(name, null, null, null, empty.currency(), null, null, null, null,
                view.message(), false, view.companyId(), view.contactId(), view.leadId(), view.id(), null, view.ownerId(),
                view.teamId(), Set.of()));
        request.converted(deal.id());
        requests.flush();
        return request.toView();
    }

    /** One page of the inbox of the signed-in user. */
    @Transactional(readOnly = true)
    public CursorPage<RequestSummary> list(RequestFilter filter, PageRequest page) {
        return list.list(visibility.viewer(), filter, page);
    }

    public static List<String> sorts() {
        return RequestList.SORTS;
    }

    public static String defaultSort() {
        return RequestList.DEFAULT_SORT;
    }

    private CustomerRequest visible(long id) {
        CustomerRequest request = requests.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        visibility.check(RECORD_TYPE, id, request.getOwnerId(), request.getTeamId(), List.of());
        return request;
    }
}
