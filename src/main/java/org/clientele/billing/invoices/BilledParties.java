package org.clientele.billing.invoices;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.clientele.billing.BillingParty;
import org.clientele.customers.Address;
import org.clientele.customers.CompanyManagement;
import org.clientele.customers.CompanyView;
import org.clientele.customers.ContactManagement;
import org.clientele.customers.ContactView;
import org.clientele.platform.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who an invoice is addressed to, from the customers module: the company's name, address and
 * registration number, or the contact's name and address; a contact at a company is named on the
 * first address line. The e-mail address is the contact's first, else the company's. Reads go
 * through the customers' services where the signed-in user may see the record; otherwise (an
 * accepted quotation turned into a draft without anyone signed in, or a company the issuer may
 * not see) only the name is taken, as lists show it.
 */
@Component
class BilledParties {

    private final CompanyManagement companies;
    private final ContactManagement contacts;
    private final JdbcClient jdbc;

    BilledParties(CompanyManagement companies, ContactManagement contacts, JdbcClient jdbc) {
        this.companies = companies;
        this.contacts = contacts;
        this.jdbc = jdbc;
    }

    BilledParty of(BillingParty party) {
        Optional<CompanyView> company = party.companyId() != null && signedIn() ? companies.find(party.companyId()) : Optional.empty();
        Optional<ContactView> contact = party.contactId() != null && signedIn() ? contacts.find(party.contactId()) : Optional.empty();
        String companyName = company.map(CompanyView::name)
                .orElseGet(() -> party.companyId() == null ? null : companies.nameOf(party.companyId()).orElse(null));
        String contactName = contact.map(ContactView::fullName)
                .orElseGet(() -> party.contactId() == null ? null : contactName(party.contactId()));
        List<String> address = new ArrayList<>();
        if (companyName != null && contactName != null && !contactName.isBlank()) {
            address.add(contactName);
        }
        Address postal = company.map(CompanyView::address).filter(a -> !a.blank())
                .orElseGet(() -> contact.map(ContactView::address).orElse(Address.empty()));
        address.addAll(lines(postal));
        String taxId = company.map(CompanyView::registrationNumber).filter(number -> !number.isBlank()).orElse(null);
        String email = contact.flatMap(found -> found.emails().stream().findFirst())
                .or(() -> company.flatMap(found -> found.emails().stream().findFirst())).orElse(null);
        return new BilledParty(companyName != null ? companyName : contactName, address, taxId, email);
    }

    /** Whether a party's company and contact exist, whoever may see them. */
    boolean exists(BillingParty party) {
        return (party.companyId() == null || companies.nameOf(party.companyId()).isPresent())
                && (party.contactId() == null || contactName(party.contactId()) != null);
    }

    // The contact's name for a party the reader may not see: the same read the invoice list makes.
    private String contactName(long contactId) {
        return jdbc.sql("select first_name, last_name from contacts where id = ?").param(contactId)
                .query((rs, n) -> ((rs.getString("first_name") == null ? "" : rs.getString("first_name")) + " "
                        + (rs.getString("last_name") == null ? "" : rs.getString("last_name"))).strip())
                .optional().orElse(null);
    }

    private static List<String> lines(Address address) {
        List<String> lines = new ArrayList<>();
        if (address.street() != null && !address.street().isBlank()) {
            address.street().lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
        }
        String city = ((address.postalCode() == null ? "" : address.postalCode()) + " " + (address.city() == null ? "" : address.city()))
                .strip();
        if (!city.isEmpty()) {
            lines.add(city);
        }
        if (address.region() != null && !address.region().isBlank()) {
            lines.add(address.region().strip());
        }
        if (address.country() != null && !address.country().isBlank()) {
            lines.add(address.country().strip());
        }
        return lines;
    }

    static boolean signedIn() {
        return SignedInUser.current().isPresent();
    }
}
