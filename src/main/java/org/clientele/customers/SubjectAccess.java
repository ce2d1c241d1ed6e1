package org.clientele.customers;

/**
 * Who may see the records of one subject type, and so their timelines: one bean per type that has
 * a timeline. An entry is visible exactly when its subject is.
 */
interface SubjectAccess {

    /** The subject type served, such as {@link TimelineSubject#COMPANY}. */
    String type();

    /** @throws org.clientele.shared.RecordNotFoundException if the record does not exist or the signed-in user may not see it */
    void checkVisible(long id);

    /** Whether the record exists, whoever may see it (for entries other modules record). */
    boolean exists(long id);
}
