package org.clientele.customers;

/**
 * An existing record that a new one may duplicate, and the rule that found it.
 *
 * @param type {@code company}, {@code contact} or {@code lead}
 * @param name the record's name as lists show it
 * @param matchedOn {@link #EMAIL}, {@link #PHONE}, {@link #NAME} or {@link #DOMAIN}
 */
public record DuplicateCandidate(String type, long id, String name, String matchedOn) {

    public static final String COMPANY = TimelineSubject.COMPANY;
    public static final String CONTACT = TimelineSubject.CONTACT;
    public static final String LEAD = TimelineSubject.LEAD;

    /** The same e-mail address, main or further, ignoring case. */
    public static final String EMAIL = "email";
    /** The same phone number in E.164, main or further. */
    public static final String PHONE = "phone";
    /** Companies: the same name; contacts: the same first and last name at the same company; leads: the same person at the same company name. */
    public static final String NAME = "name";
    /** The same web domain of the website or of an e-mail address that is not a public mail service. */
    public static final String DOMAIN = "domain";

    /** The record's page. */
    public String path() {
        return switch (type) {
            case COMPANY -> "/companies/" + id;
            case CONTACT -> "/contacts/" + id;
            default -> "/leads/" + id;
        };
    }
}
