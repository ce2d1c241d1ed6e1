package org.clientele.customers;

import java.util.List;

/**
 * What a lead could be converted to besides new records: visible companies with the same name
 * (ignoring case) or the same web domain, and visible contacts with the same e-mail address.
 */
public record ConversionCandidates(List<Candidate> companies, List<Candidate> contacts) {

    public ConversionCandidates {
        companies = List.copyOf(companies);
        contacts = List.copyOf(contacts);
    }

    /** @param detail what matched, for the reader: a web address or the company a contact works at */
    public record Candidate(long id, String name, String detail) {
    }
}
