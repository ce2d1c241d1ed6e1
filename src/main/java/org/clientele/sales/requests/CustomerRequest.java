package org.clientele.sales.requests;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.clientele.shared.ConflictException;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A request (inquiry). It guards its status: open requests (new or in progress) take changes,
 * matches, closing and conversion; a closed one can be reopened; a converted one is read-only.
 */
@Entity
@Table(name = "requests")
@Audited
class CustomerRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String ticket;

    private Instant receivedAt;

    private String source;

    private Long leadSourceId;

    private Long webFormId;

    private String status = RequestStatus.NEW.name();

    private String firstName;

    private String lastName;

    @NotAudited
    private String sortName;

    private String email;

    private String phone;

    private String companyName;

    private String website;

    private String country;

    private String city;

    private String subject;

    /** The subject trimmed and in lower case ("" without one): what the duplicate rule compares. */
    @NotAudited
    private String subjectKey;

    @Column(length = 4000)
    private String message;

    @NotAudited
    private String remoteAddress;

    @NotAudited
    private String userAgent;

    private boolean duplicate;

    private boolean supportCase;

    private boolean pending;

    private Long contactId;

    private Long companyId;

    private Long leadId;

    private boolean matchVerified;

    private Long dealId;

    private long ownerId;

    private Long teamId;

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    @NotAudited
    private Long createdBy;

    protected CustomerRequest() {
    }

    /**
     * @param remoteAddress the address a web form was posted from, or {@code null}
     * @param createdBy the user who entered it, or {@code null} for a web form
     */
    CustomerRequest(String ticket, Instant receivedAt, Long webFormId, RequestForm form, String remoteAddress, String userAgent,
            Long createdBy) {
        this.ticket = ticket;
        this.receivedAt = receivedAt;
        this.webFormId = webFormId;
        this.remoteAddress = remoteAddress;
        this.userAgent = userAgent;
        this.createdBy = createdBy;
        this.createdAt = receivedAt;
        this.source = form.source().name();
        apply(form);
    }

    /** Takes over every field of a checked form; the source stays as it came in. */
    void apply(RequestForm form) {
        requireOpen();
        leadSourceId = form.leadSourceId();
        firstName = form.firstName();
        lastName = form.lastName();
        String person = ((lastName == null ? "" : lastName) + " " + (firstName == null ? "" : firstName)).strip()
                .toLowerCase(Locale.ROOT);
        sortName = !person.isEmpty() ? person : form.companyName() != null ? form.companyName().toLowerCase(Locale.ROOT)
                : form.email() != null ? form.email() : "";
        email = form.email();
        phone = form.phone();
        companyName = form.companyName();
        website = form.website();
        country = form.country();
        city = form.city();
        subject = form.subject();
        subjectKey = subjectKey(form.subject());
        message = form.message();
        supportCase = form.supportCase();
        pending = form.pending();
        duplicate = form.duplicate();
        ownerId = form.ownerId();
        teamId = form.teamId();
        touch();
    }

    static String subjectKey(String subject) {
        return subject == null ? "" : subject.strip().toLowerCase(Locale.ROOT);
    }

    void flagDuplicate() {
        duplicate = true;
    }

    /** A match found by the rules: it waits for a person's confirmation. */
    void matchedAutomatically(Long contact, Long company, Long lead) {
        contactId = contact;
        companyId = company;
        leadId = lead;
        matchVerified = false;
    }

    void confirmMatch() {
        requireOpen();
        matchVerified = contactId != null || companyId != null || leadId != null;
        started();
    }

    /** A person chose the records (or none, which clears the match). */
    void matchChosen(Long contact, Long company, Long lead) {
        requireOpen();
        contactId = contact;
        companyId = company;
        leadId = lead;
        matchVerified = contact != null || company != null || lead != null;
        started();
    }

    void close() {
        requireOpen();
        status = RequestStatus.CLOSED.name();
        touch();
    }

    void reopen() {
        if (getStatus() != RequestStatus.CLOSED) {
            throw new ConflictException("requests.transition.reopen", List.of());
        }
        status = RequestStatus.IN_PROGRESS.name();
        touch();
    }

    /** @throws ConflictException unless it is open and neither a duplicate nor a support case */
    void requireConvertible() {
        requireOpen();
        if (duplicate || supportCase) {
            throw new ConflictException("requests.transition.convert", List.of());
        }
    }

    void converted(long deal) {
        requireConvertible();
        dealId = deal;
        status = RequestStatus.CONVERTED.name();
        touch();
    }

    /** Someone works on a new request now. */
    void started() {
        if (getStatus() == RequestStatus.NEW) {
            status = RequestStatus.IN_PROGRESS.name();
        }
        touch();
    }

    void requireOpen() {
        if (!getStatus().open()) {
            throw new ConflictException(getStatus() == RequestStatus.CONVERTED ? "requests.converted.read-only"
                    : "requests.closed.read-only", List.of());
        }
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    RequestView toView() {
        return new RequestView(id, version, ticket, receivedAt, RequestSource.valueOf(source), leadSourceId, webFormId, getStatus(),
                firstName, lastName, email, phone, companyName, website, country, city, subject, message, remoteAddress, userAgent,
                duplicate, supportCase, pending, contactId, companyId, leadId, matchVerified, dealId, ownerId, teamId, createdAt,
                updatedAt, createdBy);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    RequestStatus getStatus() {
        return RequestStatus.valueOf(status);
    }

    String getEmail() {
        return email;
    }

    String getSubjectKey() {
        return subjectKey;
    }

    Instant getReceivedAt() {
        return receivedAt;
    }

    Long getLeadSourceId() {
        return leadSourceId;
    }

    long getOwnerId() {
        return ownerId;
    }

    Long getTeamId() {
        return teamId;
    }

    boolean isMatchVerified() {
        return matchVerified;
    }
}
