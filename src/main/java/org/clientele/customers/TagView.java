package org.clientele.customers;

/** A tag of the vocabulary. */
public record TagView(long id, String name, TagColour colour) {
}
