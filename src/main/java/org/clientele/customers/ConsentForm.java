package org.clientele.customers;

/**
 * A change of a contact's consent and communication preferences; every part is replaced.
 *
 * @param doNotContactReason why nobody may contact them; kept only while {@code doNotContact} is set
 * @param emailAllowed whether they may be contacted by e-mail at all (phone and SMS alike)
 */
public record ConsentForm(MarketingConsent emailMarketing, boolean doNotContact, String doNotContactReason,
        boolean emailAllowed, boolean phoneAllowed, boolean smsAllowed) {
}
