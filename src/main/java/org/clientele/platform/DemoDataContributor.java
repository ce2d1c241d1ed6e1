package org.clientele.platform;

/**
 * A module's share of the demo data. Contributors run once, in {@link #order()}, inside one
 * transaction, after the first administrator exists; earlier contributors' records are there to
 * link to.
 */
public interface DemoDataContributor {

    /** Lower runs first. */
    int order();

    /**
     * Adds this module's demo records.
     *
     * @param administratorId the administrator who asked for the demo data, as a default owner
     */
    void contribute(long administratorId);
}
