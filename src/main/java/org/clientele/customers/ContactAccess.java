package org.clientele.customers;

import org.springframework.stereotype.Component;

/** Contacts as timeline subjects: visible as the contact itself is. */
@Component
class ContactAccess implements SubjectAccess {

    private final Contacts contacts;
    private final RecordRows rows;

    ContactAccess(Contacts contacts, RecordRows rows) {
        this.contacts = contacts;
        this.rows = rows;
    }

    @Override
    public String type() {
        return TimelineSubject.CONTACT;
    }

    @Override
    public void checkVisible(long id) {
        rows.checkVisible(RecordRows.Table.CONTACTS, id);
    }

    @Override
    public boolean exists(long id) {
        return contacts.existsById(id);
    }
}
