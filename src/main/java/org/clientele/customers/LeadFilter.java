package org.clientele.customers;

/**
 * Which leads a list shows, besides those the reader may not see. Every part is optional.
 *
 * @param q words found in the person's name, or text in the company name or e-mail address, or digits of the phone number
 * @param country ISO 3166-1 alpha-2 code of the lead's address
 * @param tagId only the leads with this tag
 * @param created only the leads created in this period
 */
public record LeadFilter(String q, LeadStatus status, Long ownerId, Long teamId, Long sourceId, String country, Long tagId,
        CreatedBetween created) {

    public LeadFilter {
        created = created == null ? CreatedBetween.ANY : created;
    }

    public LeadFilter(String q, LeadStatus status, Long ownerId, Long teamId, Long sourceId, String country, Long tagId) {
        this(q, status, ownerId, teamId, sourceId, country, tagId, CreatedBetween.ANY);
    }

    public LeadFilter(String q, LeadStatus status, Long ownerId, Long teamId, Long sourceId, String country) {
        this(q, status, ownerId, teamId, sourceId, country, null);
    }

    public static LeadFilter none() {
        return new LeadFilter(null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return (q == null || q.isBlank()) && status == null && ownerId == null && teamId == null && sourceId == null
                && (country == null || country.isBlank()) && tagId == null && created.isOpen();
    }
}
