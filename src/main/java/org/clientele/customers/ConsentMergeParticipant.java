package org.clientele.customers;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.clientele.identity.RecordVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When two contacts are merged, the survivor keeps the stricter answer of the two (an opt-out or a
 * do-not-contact of either stands) and the merged contact's consent events, which are proof of
 * what the person said.
 */
@Component
class ConsentMergeParticipant implements MergeParticipant {

    private final ContactConsents consents;
    private final ConsentChanges changes;
    private final RecordVisibility visibility;
    private final JdbcClient jdbc;

    ConsentMergeParticipant(ContactConsents consents, ConsentChanges changes, RecordVisibility visibility, JdbcClient jdbc) {
        this.consents = consents;
        this.changes = changes;
        this.visibility = visibility;
        this.jdbc = jdbc;
    }

    @Override
    public void moveAll(String type, long mergedId, long survivorId) {
        if (!TimelineSubject.CONTACT.equals(type)) {
            return;
        }
        Optional<ContactConsent> merged = consents.findById(mergedId);
        if (merged.isPresent()) {
            ContactConsent survivor = consents.findById(survivorId).orElseGet(() -> new ContactConsent(survivorId));
            ConsentForm stricter = stricter(survivor.toView(), merged.get().toView());
            List<ConsentChange> made = survivor.apply(stricter, ConsentSource.MERGE, visibility.viewer().userId(),
                    Instant.now().truncatedTo(ChronoUnit.MICROS));
            consents.save(survivor);
            changes.saveAll(made);
            consents.delete(merged.get());
        }
        jdbc.sql("update contact_consent_events set contact_id = ? where contact_id = ?").params(survivorId, mergedId).update();
    }

    static ConsentForm stricter(ConsentView survivor, ConsentView merged) {
        boolean doNotContact = survivor.doNotContact() || merged.doNotContact();
        String reason = survivor.doNotContact() ? survivor.doNotContactReason() : merged.doNotContactReason();
        return new ConsentForm(stricter(survivor.emailMarketing(), merged.emailMarketing()), doNotContact,
                doNotContact ? reason : null, survivor.emailAllowed() && merged.emailAllowed(),
                survivor.phoneAllowed() && merged.phoneAllowed(), survivor.smsAllowed() && merged.smsAllowed());
    }

    private static MarketingConsent stricter(MarketingConsent one, MarketingConsent other) {
        if (one == MarketingConsent.OPTED_OUT || other == MarketingConsent.OPTED_OUT) {
            return MarketingConsent.OPTED_OUT;
        }
        return one == MarketingConsent.OPTED_IN || other == MarketingConsent.OPTED_IN ? MarketingConsent.OPTED_IN
                : MarketingConsent.UNKNOWN;
    }
}
