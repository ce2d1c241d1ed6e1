package org.clientele.customers;

/**
 * Where a lead stands: it starts {@code NEW}, may be qualified or disqualified (and a disqualified
 * one reopened), and ends {@code CONVERTED} into a company and a contact, after which it is read-only.
 */
public enum LeadStatus {
    NEW, QUALIFIED, DISQUALIFIED, CONVERTED;

    /** Whether the lead may still be converted: neither disqualified nor converted. */
    public boolean convertible() {
        return this == NEW || this == QUALIFIED;
    }

    /** Whether the lead may be disqualified: neither disqualified nor converted. */
    public boolean disqualifiable() {
        return this == NEW || this == QUALIFIED;
    }
}
