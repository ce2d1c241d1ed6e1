package org.clientele.identity;

/** The bootstrap administrator settings cannot be used; start-up stops with the reason. */
class BootstrapAdministratorException extends RuntimeException {

    BootstrapAdministratorException(String message) {
        super(message);
    }
}
