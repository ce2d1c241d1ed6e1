package org.clientele.billing.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.clientele.billing.BillingParty;
import org.clientele.billing.documents.PrintedDocument.PrintedParty;
import org.clientele.customers.Countries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who a quotation is for, as printed and as addressed: names, postal address and e-mail of its
 * company and contact. Read whoever asks, since the customer's own public page and the PDF show
 * them without a signed-in user; callers check visibility of the quotation first.
 */
@Component
class QuoteParties {

    private final JdbcClient jdbc;

    QuoteParties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param companyName {@code null} without a company
     * @param contactName {@code null} without a contact
     * @param email the contact's address, else the company's, or {@code null}
     */
    record PartyNames(String companyName, String contactName, String email) {

        /** The company's name, else the contact's. */
        String name() {
            return companyName != null ? companyName : contactName;
        }
    }

    PartyNames names(BillingParty party) {
        if (party == null) {
            return new PartyNames(null, null, null);
        }
        Optional<Row> company = party.companyId() == null ? Optional.empty() : company(party.companyId());
        Optional<Row> contact = party.contactId() == null ? Optional.empty() : contact(party.contactId());
        String email = contact.map(Row::email).orElse(company.map(Row::email).orElse(null));
        return new PartyNames(company.map(Row::name).orElse(null), contact.map(Row::name).orElse(null), email);
    }

    PrintedParty printed(BillingParty party, Locale locale) {
        Optional<Row> company = party == null || party.companyId() == null ? Optional.empty() : company(party.companyId());
        Optional<Row> contact = party == null || party.contactId() == null ? Optional.empty() : contact(party.contactId());
        Row addressee = company.or(() -> contact).orElse(null);
        if (addressee == null) {
            return new PrintedParty("", List.of(), null);
        }
        List<String> lines = new ArrayList<>();
        if (company.isPresent() && contact.isPresent()) {
            lines.add(contact.get().name());
        }
        add(lines, addressee.street());
        add(lines, String.join(" ", nonBlank(addressee.postalCode()), nonBlank(addressee.city())).strip());
        add(lines, addressee.region());
        if (addressee.country() != null) {
            add(lines, Countries.name(addressee.country(), locale));
        }
        return new PrintedParty(addressee.name(), lines, company.map(Row::taxId).orElse(null));
    }

    private Optional<Row> company(long id) {
        return jdbc.sql("select name, email, street, postal_code, city, region, country, registration_number from companies where id = ?")
                .param(id).query((rs, n) -> new Row(rs.getString("name"), rs.getString("email"), rs.getString("street"),
                        rs.getString("postal_code"), rs.getString("city"), rs.getString("region"), rs.getString("country"),
                        rs.getString("registration_number"))).optional();
    }

    private Optional<Row> contact(long id) {
        return jdbc.sql("select first_name, last_name, email, street, postal_code, city, region, country from contacts where id = ?")
                .param(id).query((rs, n) -> new Row(String.join(" ", nonBlank(rs.getString("first_name")),
                        nonBlank(rs.getString("last_name"))).strip(), rs.getString("email"), rs.getString("street"),
                        rs.getString("postal_code"), rs.getString("city"), rs.getString("region"), rs.getString("country"), null))
                .optional();
    }

    private static void add(List<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line.strip());
        }
    }

    private static String nonBlank(String value) {
        return value == null ? "" : value;
    }

    private record Row(String name, String email, String street, String postalCode, String city, String region, String country,
            String taxId) {
    }
}
