package org.clientele.sales.deals;

/** A closing reason offered when a deal is dropped on a lost stage. */
public record DealBoardReason(long id, String name) {
}
