package org.clientele.customers;

/**
 * Which contacts a list shows, besides those the reader may not see. Every part is optional.
 *
 * @param q words found in the names, or text in the main e-mail address or phone number
 * @param country ISO 3166-1 alpha-2 code of the contact's address
 * @param companyId only the people working at this company
 * @param consent only those with this answer to marketing e-mail, or marked do-not-contact
 * @param tagId only the contacts with this tag
 * @param created only the contacts created in this period
 */
public record ContactFilter(String q, Long ownerId, Long teamId, String country, Long companyId, ConsentFilter consent, Long tagId,
        CreatedBetween created) {

    public ContactFilter {
        created = created == null ? CreatedBetween.ANY : created;
    }

    public ContactFilter(String q, Long ownerId, Long teamId, String country, Long companyId, ConsentFilter consent, Long tagId) {
        this(q, ownerId, teamId, country, companyId, consent, tagId, CreatedBetween.ANY);
    }

    public ContactFilter(String q, Long ownerId, Long teamId, String country, Long companyId) {
        this(q, ownerId, teamId, country, companyId, null, null);
    }

    public static ContactFilter none() {
        return new ContactFilter(null, null, null, null, null);
    }

    public static ContactFilter atCompany(long companyId) {
        return new ContactFilter(null, null, null, null, companyId);
    }

    public boolean isEmpty() {
        return (q == null || q.isBlank()) && ownerId == null && teamId == null && (country == null || country.isBlank())
                && companyId == null && consent == null && tagId == null && created.isOpen();
    }
}
