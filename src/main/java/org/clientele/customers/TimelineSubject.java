package org.clientele.customers;

import java.util.Objects;

/**
 * The record a timeline entry belongs to, named by type and id: a company, a contact or a lead.
 * Other record types join by adding their type here and a {@link SubjectAccess} that says who may
 * see them.
 *
 * @param type one of {@link #COMPANY}, {@link #CONTACT}, {@link #LEAD}
 */
public record TimelineSubject(String type, long id) {

    public static final String COMPANY = "company";
    public static final String CONTACT = "contact";
    public static final String LEAD = "lead";

    public TimelineSubject {
        Objects.requireNonNull(type, "type");
    }

    public static TimelineSubject company(long id) {
        return new TimelineSubject(COMPANY, id);
    }

    public static TimelineSubject contact(long id) {
        return new TimelineSubject(CONTACT, id);
    }

    public static TimelineSubject lead(long id) {
        return new TimelineSubject(LEAD, id);
    }
}
