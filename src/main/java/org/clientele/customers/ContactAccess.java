package org.clientele.customers;

import org.clientele.identity.RecordVisibility;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/** Contacts as timeline subjects: visible as the contact itself is. */
@Component
class ContactAccess implements SubjectAccess {

    private final Contacts contacts;
    private final RecordVisibility visibility;

    ContactAccess(Contacts contacts, RecordVisibility visibility) {
        this.contacts = contacts;
        this.visibility = visibility;
    }

    @Override
    public String type() {
        return TimelineSubject.CONTACT;
    }

    @Override
    public void checkVisible(long id) {
        Contact contact = contacts.findById(id).orElseThrow(() -> new RecordNotFoundException(ContactManagement.RECORD_TYPE, id));
        visibility.check(ContactManagement.RECORD_TYPE, id, contact.getOwnerId(), contact.getTeamId(), contact.getCoOwnerIds());
    }

    @Override
    public boolean exists(long id) {
        return contacts.existsById(id);
    }
}
