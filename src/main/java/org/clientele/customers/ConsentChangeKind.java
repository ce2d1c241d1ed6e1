package org.clientele.customers;

/** What part of a contact's consent a {@link ConsentEvent} changed. */
public enum ConsentChangeKind {
    EMAIL_MARKETING,
    DO_NOT_CONTACT,
    CHANNELS
}
