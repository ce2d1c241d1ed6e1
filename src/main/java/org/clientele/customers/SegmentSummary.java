package org.clientele.customers;

/**
 * A segment with how many of its members the reader may see.
 *
 * @param atLeast whether counting stopped at {@link SegmentManagement#COUNT_LIMIT}: there are at least that many
 */
public record SegmentSummary(SegmentView segment, long members, boolean atLeast) {
}
