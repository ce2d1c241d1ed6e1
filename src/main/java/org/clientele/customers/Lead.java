package org.clientele.customers;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.clientele.shared.ConflictException;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A prospect that is not a customer yet: a person and their company kept as plain fields. It
 * guards its own status: qualify and disqualify while open, reopen when disqualified, convert
 * once; a converted lead refuses every change ({@link ConflictException}).
 */
@Entity
@Table(name = "leads")
@Audited
class Lead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** A {@link LeadStatus} by name; kept as plain text so that every vendor stores it alike. */
    private String status = LeadStatus.NEW.name();

    private String firstName;

    private String lastName;

    /** "last first" in lower case, or the company name: the list's sort key and what name searches match. */
    @NotAudited
    private String sortName;

    private String title;

    private String email;

    private String phone;

    private String companyName;

    private String website;

    /** Its company's web domain (see {@link WebDomains}): what the web-domain duplicate check finds. */
    @NotAudited
    private String webDomain;

    private String companyEmail;

    private String companyPhone;

    @Embedded
    private PostalAddress address;

    private Long sourceId;

    private Long industryId;

    @Column(length = 4000)
    private String description;

    private String disqualifyReason;

    private Long convertedCompanyId;

    private Long convertedContactId;

    private Instant convertedAt;

    private Long convertedBy;

    private long ownerId;

    private Long teamId;

    @ElementCollection
    @CollectionTable(name = "lead_co_owners", joinColumns = @JoinColumn(name = "lead_id"))
    @Column(name = "user_id")
    private Set<Long> coOwnerIds = new HashSet<>();

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    @NotAudited
    private Long createdBy;

    protected Lead() {
    }

    Lead(LeadForm form, long createdBy) {
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
        apply(form);
    }

    /** Takes over every field of a form that has been checked and normalised. */
    void apply(LeadForm form) {
        requireOpen();
        this.firstName = form.firstName();
        this.lastName = form.lastName();
        String person = Contact.sortName(form.firstName(), form.lastName());
        this.sortName = person.isEmpty() && form.companyName() != null ? form.companyName().toLowerCase(Locale.ROOT) : person;
        this.title = form.title();
        this.email = form.email();
        this.phone = form.phone();
        this.companyName = form.companyName();
        this.website = form.website();
        this.webDomain = WebDomains.of(form.website(), java.util.Arrays.asList(form.companyEmail(), form.email()));
        this.companyEmail = form.companyEmail();
        this.companyPhone = form.companyPhone();
        this.address = new PostalAddress(form.address());
        this.sourceId = form.sourceId();
        this.industryId = form.industryId();
        this.description = form.description();
        this.ownerId = form.ownerId();
        this.teamId = form.teamId();
        coOwnerIds.retainAll(form.coOwnerIds());
        coOwnerIds.addAll(form.coOwnerIds());
        touch();
    }

    void qualify() {
        requireOpen();
        if (getStatus() != LeadStatus.NEW) {
            throw new ConflictException("leads.transition.qualify", List.of());
        }
        status = LeadStatus.QUALIFIED.name();
        touch();
    }

    /** @param reason checked: not blank, not too long */
    void disqualify(String reason) {
        requireOpen();
        if (!getStatus().disqualifiable()) {
            throw new ConflictException("leads.transition.disqualify", List.of());
        }
        status = LeadStatus.DISQUALIFIED.name();
        disqualifyReason = reason;
        touch();
    }

    void reopen() {
        requireOpen();
        if (getStatus() != LeadStatus.DISQUALIFIED) {
            throw new ConflictException("leads.transition.reopen", List.of());
        }
        status = LeadStatus.NEW.name();
        disqualifyReason = null;
        touch();
    }

    /** Refuses a lead that is converted or disqualified, before anything is created for it. */
    void requireConvertible() {
        requireOpen();
        if (!getStatus().convertible()) {
            throw new ConflictException("leads.transition.convert", List.of());
        }
    }

    void converted(long companyId, Long contactId, long userId) {
        requireConvertible();
        status = LeadStatus.CONVERTED.name();
        convertedCompanyId = companyId;
        convertedContactId = contactId;
        convertedAt = Instant.now();
        convertedBy = userId;
        touch();
    }

    /** The company it was converted into was merged into another; the only change a converted lead takes. */
    void convertedCompanyMerged(long survivorId) {
        convertedCompanyId = survivorId;
        touch();
    }

    /** The contact it was converted into was merged into another. */
    void convertedContactMerged(long survivorId) {
        convertedContactId = survivorId;
        touch();
    }

    /** A converted lead is read-only. */
    void requireOpen() {
        if (getStatus() == LeadStatus.CONVERTED) {
            throw new ConflictException("leads.converted.read-only", List.of());
        }
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    LeadView toView() {
        return new LeadView(id, version, getStatus(), firstName, lastName, title, email, phone, companyName, website, companyEmail,
                companyPhone, address == null ? Address.empty() : address.toAddress(), sourceId, industryId, description,
                disqualifyReason, convertedCompanyId, convertedContactId, convertedAt, convertedBy, ownerId, teamId,
                coOwnerIds.stream().sorted().toList(), createdAt, updatedAt, createdBy);
    }

    Ownership.Current ownership() {
        return new Ownership.Current(ownerId, teamId, Set.copyOf(coOwnerIds));
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    LeadStatus getStatus() {
        return LeadStatus.valueOf(status);
    }

    long getOwnerId() {
        return ownerId;
    }

    Long getTeamId() {
        return teamId;
    }

    Long getSourceId() {
        return sourceId;
    }

    Long getIndustryId() {
        return industryId;
    }

    Set<Long> getCoOwnerIds() {
        return Set.copyOf(coOwnerIds);
    }
}
