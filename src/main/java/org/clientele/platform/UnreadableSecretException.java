package org.clientele.platform;

/**
 * A sealed secret cannot be opened: it was altered, sealed for another purpose, or sealed with a
 * key other than the current one (for example after {@code CLIENTELE_ENCRYPTION_KEY} was changed).
 */
public class UnreadableSecretException extends RuntimeException {

    public UnreadableSecretException(String message) {
        super(message);
    }

    public UnreadableSecretException(String message, Throwable cause) {
        super(message, cause);
    }
}
