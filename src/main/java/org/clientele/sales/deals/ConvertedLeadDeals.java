package org.clientele.sales.deals;

import java.util.Locale;

import org.clientele.customers.CompanyManagement;
import org.clientele.customers.LeadConverted;
import org.clientele.identity.UserAccount;
import org.clientele.identity.UserManagement;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens a deal for every converted lead, once the conversion is committed: named after the
 * company in the owner's language, owned by the lead's owner, in the owner's first team, linked
 * to the lead, the company and the contact, at the first open stage of that team's default
 * pipeline (decision 0014). A lead that has a deal already gets no second one, so a redelivered
 * event changes nothing.
 */
@Component
class ConvertedLeadDeals {

    private final DealManagement deals;
    private final Deals repository;
    private final CompanyManagement companies;
    private final MessageSource messages;
    private final UserManagement users;

    ConvertedLeadDeals(DealManagement deals, Deals repository, CompanyManagement companies, MessageSource messages,
            UserManagement users) {
        this.deals = deals;
        this.repository = repository;
        this.companies = companies;
        this.messages = messages;
        this.users = users;
    }

    @ApplicationModuleListener
    void on(LeadConverted event) {
        if (repository.existsByLeadId(event.leadId())) {
            return;
        }
        Locale locale = users.find(event.ownerId()).map(UserAccount::locale).orElse(Locale.ENGLISH);
        String name = messages.getMessage("deals.from-lead.name", new Object[] {companies.nameOf(event.companyId()).orElse("")},
                locale);
        DealForm blank = deals.newForm(event.ownerId(), event.companyId(), event.contactId());
        deals.createOnBehalf(null, new DealForm(name, null, null, null, blank.currency(), null, null, null, null, null, false,
                blank.companyId(), blank.contactId(), event.leadId(), null, null, blank.ownerId(), blank.teamId(), blank.coOwnerIds()));
    }
}
