package org.clientele.customers;

/**
 * A company was merged into another and deleted: whatever refers to {@code mergedId} belongs to
 * {@code survivorId} now. Published inside the merge's transaction, so listeners run once it is
 * committed.
 */
public record CompaniesMerged(long survivorId, long mergedId) {
}
