package org.clientele.billing.quotes.web;

import org.clientele.billing.quotes.QuoteView;
import org.clientele.customers.CompanyManagement;
import org.clientele.customers.ContactManagement;
import org.clientele.customers.CompanyView;
import org.clientele.identity.UserAccount;
import org.clientele.identity.UserManagement;
import org.springframework.stereotype.Component;

/** The names a quotation's page shows for its company, contact and owner; a company or contact the reader may not see has none. */
@Component("quoteNames")
class QuoteNames {

    private final CompanyManagement companies;
    private final ContactManagement contacts;
    private final UserManagement users;

    QuoteNames(CompanyManagement companies, ContactManagement contacts, UserManagement users) {
        this.companies = companies;
        this.contacts = contacts;
        this.users = users;
    }

    public Names of(QuoteView quote) {
        String company = quote.companyId() == null ? null : companies.find(quote.companyId()).map(CompanyView::name).orElse(null);
        String contact = quote.contactId() == null ? null : contacts.find(quote.contactId())
                .map(view -> (nonNull(view.firstName()) + " " + nonNull(view.lastName())).strip()).orElse(null);
        return new Names(company, contact, users.find(quote.ownerId()).map(UserAccount::fullName).orElse(null));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    public record Names(String companyName, String contactName, String ownerName) {
    }
}
