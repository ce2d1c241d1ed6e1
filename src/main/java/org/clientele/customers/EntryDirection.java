package org.clientele.customers;

/** Which way a call or an e-mail went, seen from the user's side. */
public enum EntryDirection {
    INBOUND, OUTBOUND
}
