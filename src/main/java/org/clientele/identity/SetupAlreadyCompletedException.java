package org.clientele.identity;

/** Someone tried to create the first administrator when one exists already. */
public class SetupAlreadyCompletedException extends RuntimeException {

    SetupAlreadyCompletedException() {
        super("Clientele has been set up already");
    }
}
