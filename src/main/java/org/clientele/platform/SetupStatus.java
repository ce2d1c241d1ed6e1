package org.clientele.platform;

import java.util.OptionalLong;

/** Whether the first administrator exists; until then every page leads to the setup page. */
public interface SetupStatus {

    boolean isComplete();

    /** The administrator created first, once there is one. */
    OptionalLong firstAdministratorId();
}
