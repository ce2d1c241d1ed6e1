package org.clientele.customers;

import java.time.Instant;

/**
 * A segment of contacts.
 *
 * @param filter what a dynamic segment's members match; empty for a static one
 */
public record SegmentView(long id, String name, SegmentKind kind, ContactFilter filter, long createdBy, Instant createdAt) {
}
