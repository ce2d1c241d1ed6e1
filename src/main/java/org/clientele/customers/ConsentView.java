package org.clientele.customers;

import java.time.Instant;

/**
 * A contact's consent and communication preferences.
 *
 * @param emailMarketingChangedAt when the answer to marketing e-mail last changed, {@code null} if never
 * @param emailMarketingSource where that change came from, {@code null} if never
 * @param updatedAt when anything last changed, {@code null} if never
 */
public record ConsentView(long contactId, MarketingConsent emailMarketing, Instant emailMarketingChangedAt,
        ConsentSource emailMarketingSource, boolean doNotContact, String doNotContactReason, boolean emailAllowed,
        boolean phoneAllowed, boolean smsAllowed, Instant updatedAt) {

    /** What a contact who never gave an answer has: unknown, may be contacted on every channel. */
    public static ConsentView initial(long contactId) {
        return new ConsentView(contactId, MarketingConsent.UNKNOWN, null, null, false, null, true, true, true, null);
    }

    /** Whether marketing e-mail may be sent: opted in, e-mail allowed and not marked as do-not-contact. */
    public boolean marketingEmailAllowed() {
        return emailMarketing == MarketingConsent.OPTED_IN && emailAllowed && !doNotContact;
    }

    public ConsentForm toForm() {
        return new ConsentForm(emailMarketing, doNotContact, doNotContactReason, emailAllowed, phoneAllowed, smsAllowed);
    }
}
