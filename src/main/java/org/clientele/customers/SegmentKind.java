package org.clientele.customers;

/** Whether a segment lists its members (STATIC) or keeps a filter of the contact list that finds them (DYNAMIC). */
public enum SegmentKind {
    STATIC,
    DYNAMIC
}
