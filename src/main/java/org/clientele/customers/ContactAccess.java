package org.clientele.customers;

import org.clientele.shared.RecordNotFoundException;
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
        if (!rows.visible(RecordRows.Table.CONTACTS, id)) {
            throw new RecordNotFoundException(ContactManagement.RECORD_TYPE, id);
        }
    }

    @Override
    public boolean exists(long id) {
        return contacts.existsById(id);
    }
}
