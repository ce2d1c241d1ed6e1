package org.clientele.platform;

/** Loads the demo data contributed by every module, once. */
public interface DemoData {

    /** Whether the demo data has been loaded into this database. */
    boolean loaded();

    /**
     * Loads every module's demo data unless it was loaded before.
     *
     * @param administratorId the administrator asking for it, as a default owner
     * @return {@code true} when it was loaded now, {@code false} when it was there already
     */
    boolean load(long administratorId);
}
