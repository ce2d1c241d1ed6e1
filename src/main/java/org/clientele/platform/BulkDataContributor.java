package org.clientele.platform;

/**
 * A module's share of a generated large data set, for benchmarks and trying Clientele at scale
 * ({@code java -jar clientele.jar --generate=full}). Unlike {@link DemoDataContributor}, it writes
 * straight to the module's tables in bulk, so it must itself keep every rule the module's services
 * enforce: required values, lengths, states that fit together and derived columns.
 */
public interface BulkDataContributor {

    /** Lower runs first; later contributors link to what earlier ones shared. */
    int order();

    /** Writes this module's rows. */
    void contribute(BulkData data);
}
