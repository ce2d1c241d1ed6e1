package org.clientele.sales.deals;

/** What a stage means for the deals in it; a deal's status is its stage's outcome. */
public enum StageOutcome {
    OPEN,
    WON,
    LOST;

    public boolean closed() {
        return this != OPEN;
    }
}
