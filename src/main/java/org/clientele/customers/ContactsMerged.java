package org.clientele.customers;

/**
 * A contact was merged into another and deleted: whatever refers to {@code mergedId} belongs to
 * {@code survivorId} now. Published inside the merge's transaction.
 */
public record ContactsMerged(long survivorId, long mergedId) {
}
