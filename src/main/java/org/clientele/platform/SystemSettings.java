package org.clientele.platform;

import java.util.Optional;

/** Small values the application records about itself, shared by every node. */
public interface SystemSettings {

    Optional<String> find(String key);

    /** Stores the value, replacing any earlier one. */
    void put(String key, String value);

    /**
     * Stores the value only if the key has none yet; of several nodes racing, exactly one wins.
     *
     * @return whether this call stored it
     */
    boolean putIfAbsent(String key, String value);
}
