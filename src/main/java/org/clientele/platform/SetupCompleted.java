package org.clientele.platform;

/** Published when the first administrator has been created, by the setup page or at start-up. */
public record SetupCompleted(long administratorId) {
}
