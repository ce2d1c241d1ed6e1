package org.clientele.customers;

/**
 * A chunk of an import's run has been written and committed.
 *
 * @param more whether the run has more to do
 */
public record ImportChunkDone(long importId, boolean more) {
}
