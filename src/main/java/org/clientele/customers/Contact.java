package org.clientele.customers;

import java.time.Instant;
import java.time.LocalDate;
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
 * A person Clientele keeps relations with, possibly working at a {@link Company} (kept as its
 * id; the audit trail remembers earlier ones). Kept like a company: the main e-mail address and
 * phone number in the row, further ones in their own tables.
 */
@Entity
@Table(name = "contacts")
@Audited
class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String firstName;

    private String lastName;

    /** "last first" in lower case: the list's sort key and what name searches match. */
    @NotAudited
    private String sortName;

    private String title;

    private Long companyId;

    private String email;

    private String phone;

    @ElementCollection
    @CollectionTable(name = "contact_emails", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    @Column(name = "email")
    private List<String> otherEmails = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "contact_phones", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    @Column(name = "phone")
    private List<String> otherPhones = new ArrayList<>();

    private LocalDate birthday;

    @Embedded
    private PostalAddress address;

    private long ownerId;

    private Long teamId;

    @ElementCollection
    @CollectionTable(name = "contact_co_owners", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "user_id")
    private Set<Long> coOwnerIds = new HashSet<>();

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    @NotAudited
    private Long createdBy;

    protected Contact() {
    }

    Contact(ContactForm form, long createdBy) {
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
        apply(form);
    }

    /** Takes over every field of a form that has been checked and normalised. */
    void apply(ContactForm form) {
        this.firstName = form.firstName();
        this.lastName = form.lastName();
        this.sortName = sortName(form.firstName(), form.lastName());
        this.title = form.title();
        this.companyId = form.companyId();
        this.email = Company.first(form.emails());
        this.phone = Company.first(form.phones());
        Company.replace(otherEmails, Company.rest(form.emails()));
        Company.replace(otherPhones, Company.rest(form.phones()));
        this.birthday = form.birthday();
        this.address = new PostalAddress(form.address());
        this.ownerId = form.ownerId();
        this.teamId = form.teamId();
        coOwnerIds.retainAll(form.coOwnerIds());
        coOwnerIds.addAll(form.coOwnerIds());
        this.updatedAt = Instant.now();
    }

    /** The company it worked at was merged into another. */
    void movedToCompany(long companyId) {
        this.companyId = companyId;
        this.updatedAt = Instant.now();
    }

    static String sortName(String firstName, String lastName) {
        String last = lastName == null ? "" : lastName;
        String first = firstName == null ? "" : firstName;
        return (last + " " + first).strip().toLowerCase(Locale.ROOT);
    }

    ContactView toView(String companyName) {
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
        return new ContactView(id, version, firstName, lastName, title, companyId, companyName, emails, phones, birthday,
                address == null ? Address.empty() : address.toAddress(), ownerId, teamId, coOwnerIds.stream().sorted().toList(),
                createdAt, updatedAt, createdBy);
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

    Long getCompanyId() {
        return companyId;
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
}
