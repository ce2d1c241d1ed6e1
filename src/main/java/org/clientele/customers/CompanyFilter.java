package org.clientele.customers;

/**
 * Which companies a list shows, besides those the reader may not see. Every part is optional.
 *
 * @param q text found in the name, the alternative names, the main e-mail address or phone number
 * @param country ISO 3166-1 alpha-2 code
 * @param typeId a company type
 * @param industryId one of the industries the company works in
 * @param tagId only the companies with this tag
 * @param created only the companies created in this period
 */
public record CompanyFilter(String q, Long ownerId, Long teamId, String country, Long typeId, Long industryId, Long tagId,
        CreatedBetween created) {

    public CompanyFilter {
        created = created == null ? CreatedBetween.ANY : created;
    }

    public CompanyFilter(String q, Long ownerId, Long teamId, String country, Long typeId, Long industryId, Long tagId) {
        this(q, ownerId, teamId, country, typeId, industryId, tagId, CreatedBetween.ANY);
    }

    public CompanyFilter(String q, Long ownerId, Long teamId, String country) {
        this(q, ownerId, teamId, country, null, null, null);
    }

    public static CompanyFilter none() {
        return new CompanyFilter(null, null, null, null);
    }

    /** Whether it lets every company through. */
    public boolean isEmpty() {
        return (q == null || q.isBlank()) && ownerId == null && teamId == null && (country == null || country.isBlank())
                && typeId == null && industryId == null && tagId == null && created.isOpen();
    }
}
