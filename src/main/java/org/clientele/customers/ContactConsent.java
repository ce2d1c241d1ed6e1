package org.clientele.customers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** The consent and communication preferences of one contact, made on its first change. */
@Entity
@Table(name = "contact_consents")
@Audited
class ContactConsent {

    @Id
    private Long contactId;

    @Version
    private long version;

    /** A {@link MarketingConsent} by name; plain text so that every vendor stores it alike. */
    private String emailMarketing;

    private Instant emailMarketingChangedAt;

    private String emailMarketingSource;

    private boolean doNotContact;

    private String doNotContactReason;

    private boolean emailAllowed;

    private boolean phoneAllowed;

    private boolean smsAllowed;

    @NotAudited
    private Instant updatedAt;

    @NotAudited
    private Long updatedBy;

    protected ContactConsent() {
    }

    ContactConsent(long contactId) {
        ConsentView initial = ConsentView.initial(contactId);
        this.contactId = contactId;
        this.emailMarketing = initial.emailMarketing().name();
        this.emailAllowed = initial.emailAllowed();
        this.phoneAllowed = initial.phoneAllowed();
        this.smsAllowed = initial.smsAllowed();
    }

    /**
     * Takes over a checked form and answers what changed, as events to keep.
     *
     * @param userId who changes it, {@code null} for the system
     */
    List<ConsentChange> apply(ConsentForm form, ConsentSource source, Long userId, Instant now) {
        List<ConsentChange> changes = new ArrayList<>();
        if (!form.emailMarketing().name().equals(emailMarketing)) {
            emailMarketing = form.emailMarketing().name();
            emailMarketingChangedAt = now;
            emailMarketingSource = source.name();
            changes.add(new ConsentChange(contactId, now, userId, ConsentChangeKind.EMAIL_MARKETING, source, emailMarketing, null));
        }
        String reason = form.doNotContact() ? form.doNotContactReason() : null;
        if (form.doNotContact() != doNotContact || !Objects.equals(reason, doNotContactReason)) {
            doNotContact = form.doNotContact();
            doNotContactReason = reason;
            changes.add(new ConsentChange(contactId, now, userId, ConsentChangeKind.DO_NOT_CONTACT, source,
                    Boolean.toString(doNotContact), reason));
        }
        if (form.emailAllowed() != emailAllowed || form.phoneAllowed() != phoneAllowed || form.smsAllowed() != smsAllowed) {
            emailAllowed = form.emailAllowed();
            phoneAllowed = form.phoneAllowed();
            smsAllowed = form.smsAllowed();
            changes.add(new ConsentChange(contactId, now, userId, ConsentChangeKind.CHANNELS, source, channels(), null));
        }
        if (!changes.isEmpty()) {
            updatedAt = now;
            updatedBy = userId;
        }
        return changes;
    }

    private String channels() {
        List<String> allowed = new ArrayList<>();
        if (emailAllowed) {
            allowed.add("email");
        }
        if (phoneAllowed) {
            allowed.add("phone");
        }
        if (smsAllowed) {
            allowed.add("sms");
        }
        return allowed.isEmpty() ? "none" : String.join(" ", allowed);
    }

    ConsentView toView() {
        return new ConsentView(contactId, MarketingConsent.valueOf(emailMarketing), emailMarketingChangedAt,
                emailMarketingSource == null ? null : ConsentSource.valueOf(emailMarketingSource), doNotContact,
                doNotContactReason, emailAllowed, phoneAllowed, smsAllowed, updatedAt);
    }
}
