package org.clientele.customers;

import java.util.List;

/**
 * Two records of one type about to be merged, field by field; further e-mail addresses, phone
 * numbers and co-owners of both are kept and need no choice.
 *
 * @param type {@link TimelineSubject#COMPANY} or {@link TimelineSubject#CONTACT}
 */
public record MergePreview(String type, long survivorId, String survivorName, long mergedId, String mergedName,
        List<MergeField> fields) {
}
