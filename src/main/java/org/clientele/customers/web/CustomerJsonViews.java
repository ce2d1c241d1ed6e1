package org.clientele.customers.web;

import java.util.List;

import org.clientele.customers.CompanyView;
import org.clientele.customers.ConsentManagement;
import org.clientele.customers.ConsentView;
import org.clientele.customers.ContactView;
import org.clientele.customers.TagManagement;
import org.clientele.customers.TaggedType;
import org.clientele.customers.web.CompanyApiController.CompanyJson;
import org.clientele.customers.web.ContactApiController.ContactJson;
import org.springframework.stereotype.Component;

/** One company or contact as every API answer shows it: with its tags and, for a contact, its consent. */
@Component
class CustomerJsonViews {

    private final TagManagement tags;
    private final ConsentManagement consents;

    CustomerJsonViews(TagManagement tags, ConsentManagement consents) {
        this.tags = tags;
        this.consents = consents;
    }

    CompanyJson company(CompanyView company) {
        return CompanyJson.of(company, TagJson.of(tags.tagsOf(TaggedType.COMPANY, List.of(company.id())), company.id()));
    }

    ContactJson contact(ContactView contact) {
        return ContactJson.of(contact, consents.of(contact.id()),
                TagJson.of(tags.tagsOf(TaggedType.CONTACT, List.of(contact.id())), contact.id()));
    }

    /**
     * A contact created a moment ago, without asking the database again: it has no tags yet (they
     * are put on afterwards) and the consent of someone who never answered (it is given afterwards).
     */
    ContactJson createdContact(ContactView contact) {
        return ContactJson.of(contact, ConsentView.initial(contact.id()), List.of());
    }
}
