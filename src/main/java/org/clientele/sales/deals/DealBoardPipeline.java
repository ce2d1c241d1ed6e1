package org.clientele.sales.deals;

/** A pipeline offered on the board's switcher. */
public record DealBoardPipeline(long id, String name, boolean isDefault) {
}
