package org.clientele.customers;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.clientele.identity.RecordVisibility;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent and communication preferences of contacts (C11): the answer to marketing e-mail with
 * when and where it last changed, do-not-contact with a reason, the channels allowed, and the
 * history of every change. Reading and changing act for the signed-in user on contacts they may
 * see; {@link #marketingEmailAllowed} acts for the system.
 */
@Service
public class ConsentManagement {

    /** How many ids {@link #marketingEmailAllowed} asks the database about at once. */
    static final int BATCH = 500;

    private final Contacts contacts;
    private final ContactConsents consents;
    private final ConsentChanges changes;
    private final RecordVisibility visibility;
    private final JdbcClient jdbc;

    ConsentManagement(Contacts contacts, ContactConsents consents, ConsentChanges changes, RecordVisibility visibility,
            JdbcClient jdbc) {
        this.contacts = contacts;
        this.consents = consents;
        this.changes = changes;
        this.visibility = visibility;
        this.jdbc = jdbc;
    }

    /** @throws RecordNotFoundException if there is no such contact or the signed-in user may not see it */
    @Transactional(readOnly = true)
    public ConsentView of(long contactId) {
        visibleContact(contactId);
        return consents.findById(contactId).map(ContactConsent::toView).orElseGet(() -> ConsentView.initial(contactId));
    }

    /**
     * Replaces the contact's consent and keeps an event for each part that changed.
     *
     * @param userId who changes it, {@code null} for the system
     * @throws RecordNotFoundException if there is no such contact or the signed-in user may not see it
     * @throws InvalidInputException for a missing answer or a reason that is too long
     */
    @Transactional
    public ConsentView change(long contactId, ConsentForm form, ConsentSource source, Long userId) {
        visibleContact(contactId);
        ConsentForm checked = checked(form);
        ContactConsent consent = consents.findById(contactId).orElseGet(() -> new ContactConsent(contactId));
        List<ConsentChange> made = consent.apply(checked, source, userId, Instant.now().truncatedTo(ChronoUnit.MICROS));
        if (!made.isEmpty()) {
            consents.save(consent);
            changes.saveAll(made);
        }
        return consent.toView();
    }

    /** The most recent changes first (at most 50). */
    @Transactional(readOnly = true)
    public List<ConsentEvent> history(long contactId) {
        visibleContact(contactId);
        return changes.findTop50ByContactIdOrderByOccurredAtDescIdDesc(contactId).stream().map(ConsentChange::toEvent).toList();
    }

    /**
     * Which of the given contacts may receive marketing e-mail: those who opted in, allow e-mail,
     * are not marked do-not-contact and have an e-mail address. For mailings, which act for the
     * system: it does not look at who is signed in. Asks the database in batches of {@value #BATCH},
     * so a caller may hand over as many ids as it likes, or call it batch by batch while it streams.
     */
    @Transactional(readOnly = true)
    public Set<Long> marketingEmailAllowed(Collection<Long> contactIds) {
        List<Long> ids = new ArrayList<>(new HashSet<>(contactIds));
        Set<Long> allowed = new HashSet<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            String marks = String.join(", ", Collections.nCopies(batch.size(), "?"));
            allowed.addAll(jdbc.sql("select k.contact_id from contact_consents k join contacts c on c.id = k.contact_id "
                            + "where k.email_marketing = 'OPTED_IN' and k.email_allowed = true and k.do_not_contact = false "
                            + "and c.email is not null and k.contact_id in (" + marks + ")")
                    .params(batch).query(Long.class).list());
        }
        return allowed;
    }

    private ConsentForm checked(ConsentForm form) {
        FieldChecks checks = new FieldChecks();
        if (form.emailMarketing() == null) {
            checks.reject("emailMarketing", "validation.consent.marketing-required");
        }
        String reason = checks.optional("doNotContactReason", form.doNotContactReason(), 500);
        checks.throwIfAny();
        return new ConsentForm(form.emailMarketing(), form.doNotContact(), form.doNotContact() ? reason : null, form.emailAllowed(),
                form.phoneAllowed(), form.smsAllowed());
    }

    private void visibleContact(long contactId) {
        Contact contact = contacts.findById(contactId)
                .orElseThrow(() -> new RecordNotFoundException(ContactManagement.RECORD_TYPE, contactId));
        visibility.check(ContactManagement.RECORD_TYPE, contactId, contact.getOwnerId(), contact.getTeamId(), contact.getCoOwnerIds());
    }
}
