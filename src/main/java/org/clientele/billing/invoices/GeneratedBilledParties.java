package org.clientele.billing.invoices;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clientele.platform.BulkData;

/**
 * Who generated invoices are billed to, as {@link BilledParties} would take it at issue: the
 * company's name, address, registration number and e-mail address, with the contact named on the
 * first address line and the contact's address preferred. Read once, in two queries over the
 * generated customers (plain reads of the customers' tables, as the invoice list makes), keeping
 * only the companies and contacts of the given deals.
 */
final class GeneratedBilledParties {

    private static final int MAX_NAME = 300;
    private static final int MAX_ADDRESS = 1_000;

    private final Map<Long, Company> companies = new HashMap<>();
    private final Map<Long, Contact> contacts = new HashMap<>();

    GeneratedBilledParties(BulkData data, long[] companyIds, long[] contactIds) {
        BitSet wantedCompanies = bits(companyIds);
        BitSet wantedContacts = bits(contactIds);
        data.jdbc().sql("select id, name, street, postal_code, city, region, country, registration_number, email from companies")
                .query(rs -> {
                    long id = rs.getLong(1);
                    if (id < Integer.MAX_VALUE && wantedCompanies.get((int) id)) {
                        companies.put(id, new Company(rs.getString(2), address(rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7)), blankToNull(rs.getString(8)), blankToNull(rs.getString(9))));
                    }
                });
        data.jdbc().sql("select id, first_name, last_name, email from contacts").query(rs -> {
            long id = rs.getLong(1);
            if (id < Integer.MAX_VALUE && wantedContacts.get((int) id)) {
                String name = ((rs.getString(2) == null ? "" : rs.getString(2)) + " " + (rs.getString(3) == null ? "" : rs.getString(3)))
                        .strip();
                contacts.put(id, new Contact(name, blankToNull(rs.getString(4))));
            }
        });
    }

    /** The party of a company (0 for none) and a contact (0 for none). */
    BilledParty of(long companyId, long contactId) {
        Company company = companies.get(companyId);
        Contact contact = contacts.get(contactId);
        List<String> address = new ArrayList<>();
        if (company != null && contact != null && !contact.name().isEmpty()) {
            address.add(contact.name());
        }
        if (company != null) {
            address.addAll(company.address());
        }
        String name = company != null ? company.name() : contact != null ? contact.name() : null;
        String email = contact != null && contact.email() != null ? contact.email() : company == null ? null : company.email();
        return new BilledParty(truncate(name, MAX_NAME), address, company == null ? null : company.taxId(), email);
    }

    /** The snapshot's address as the invoice keeps it: lines joined, or {@code null}. */
    static String addressText(BilledParty party) {
        return party.addressLines().isEmpty() ? null : truncate(String.join("\n", party.addressLines()), MAX_ADDRESS);
    }

    private static List<String> address(String street, String postalCode, String city, String region, String country) {
        List<String> lines = new ArrayList<>();
        if (street != null && !street.isBlank()) {
            street.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
        }
        String place = ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).strip();
        if (!place.isEmpty()) {
            lines.add(place);
        }
        if (region != null && !region.isBlank()) {
            lines.add(region.strip());
        }
        if (country != null && !country.isBlank()) {
            lines.add(country.strip());
        }
        return lines;
    }

    private static BitSet bits(long[] ids) {
        BitSet bits = new BitSet();
        for (long id : ids) {
            if (id > 0 && id < Integer.MAX_VALUE) {
                bits.set((int) id);
            }
        }
        return bits;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private record Company(String name, List<String> address, String taxId, String email) {
    }

    private record Contact(String name, String email) {
    }
}
