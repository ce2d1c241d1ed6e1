package org.clientele.customers;

import java.time.Instant;
import java.util.ArrayList;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An organisation Clientele keeps relations with. The first e-mail address and phone number sit
 * in the row itself, where searches and duplicate checks find them by index; further ones in
 * their own tables, in the order given.
 */
@Entity
@Table(name = "companies")
@Audited
class Company {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;

    /** The name in lower case: the list's sort key and what searches match. */
    @NotAudited
    private String sortName;

    private String alternativeNames;

    private String website;

    /** Its website's host or its e-mail's domain, unless public (see {@link WebDomains}): what the web-domain duplicate check finds. */
    @NotAudited
    private String webDomain;

    private String email;

    private String phone;

    @ElementCollection
    @CollectionTable(name = "company_emails", joinColumns = @JoinColumn(name = "company_id"))
    @OrderColumn(name = "position")
    @Column(name = "email")
    private List<String> otherEmails = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "company_phones", joinColumns = @JoinColumn(name = "company_id"))
    @OrderColumn(name = "position")
    @Column(name = "phone")
    private List<String> otherPhones = new ArrayList<>();

    @Embedded
    private PostalAddress address;

    private String registrationNumber;

    private Long typeId;

    @ElementCollection
    @CollectionTable(name = "company_industries", joinColumns = @JoinColumn(name = "company_id"))
    @Column(name = "industry_id")
    private Set<Long> industryIds = new HashSet<>();

    private Long sourceId;

    @Column(length = 4000)
    private String description;

    private long ownerId;

    private Long teamId;

    @ElementCollection
    @CollectionTable(name = "company_co_owners", joinColumns = @JoinColumn(name = "company_id"))
    @Column(name = "user_id")
    private Set<Long> coOwnerIds = new HashSet<>();

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    @NotAudited
    private Long createdBy;

    protected Company() {
    }

    Company(CompanyForm form, long createdBy) {
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
        apply(form);
    }

    /** Takes over every field of a form that has been checked and normalised. */
    void apply(CompanyForm form) {
        this.name = form.name();
        this.sortName = form.name().toLowerCase(Locale.ROOT);
        this.alternativeNames = form.alternativeNames();
        this.website = form.website();
        this.webDomain = WebDomains.of(form.website(), form.emails());
        this.email = first(form.emails());
        this.phone = first(form.phones());
        replace(otherEmails, rest(form.emails()));
        replace(otherPhones, rest(form.phones()));
        this.address = new PostalAddress(form.address());
        this.registrationNumber = form.registrationNumber();
        this.typeId = form.typeId();
        industryIds.retainAll(form.industryIds());
        industryIds.addAll(form.industryIds());
        this.sourceId = form.sourceId();
        this.description = form.description();
        this.ownerId = form.ownerId();
        this.teamId = form.teamId();
        coOwnerIds.retainAll(form.coOwnerIds());
        coOwnerIds.addAll(form.coOwnerIds());
        this.updatedAt = Instant.now();
    }

    CompanyView toView() {
        List<String> emails = new ArrayList<>();
        if (email != null) {
            emails.add(email);
        }
        emails.addAll(otherEmails);
        List<String> phones = new ArrayList<>();
        if (phone != null) {
            phones.add(phone);
        }
        phones.addAll(otherPhones);
        return new CompanyView(id, version, name, alternativeNames, website, emails, phones, address == null ? Address.empty() : address.toAddress(),
                registrationNumber, description, ownerId, teamId, coOwnerIds.stream().sorted().toList(), createdAt, updatedAt,
                createdBy, typeId, industryIds.stream().sorted().toList(), sourceId);
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

    /** The name alone, without reading the company's e-mail addresses, phones and industries as {@link #toView()} does. */
    String getName() {
        return name;
    }

    long getOwnerId() {
        return ownerId;
    }

    Long getTeamId() {
        return teamId;
    }

    Set<Long> getCoOwnerIds() {
        return Set.copyOf(coOwnerIds);
    }

    static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    static List<String> rest(List<String> values) {
        return values.size() <= 1 ? List.of() : values.subList(1, values.size());
    }

    /** Changes a mapped list in place, so that Hibernate updates rather than rewrites it when nothing changed. */
    static void replace(List<String> target, List<String> values) {
        if (!target.equals(values)) {
            target.clear();
            target.addAll(values);
        }
    }
}
