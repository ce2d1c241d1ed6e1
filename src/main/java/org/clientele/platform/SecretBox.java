package org.clientele.platform;

/**
 * Encrypts small secrets that Clientele must read again later, such as the keys of authenticator
 * apps, so that the database holds them only encrypted. Secrets that only need to be recognised
 * (passwords, tokens) are hashed instead and never come here.
 *
 * <p>Each secret is sealed for a context, such as {@code "totp:42"}: it opens only for the same
 * context, so a sealed value copied to another row or purpose is refused rather than used.
 */
public interface SecretBox {

    /** Encrypts the secret; the result is plain ASCII text for a database column. */
    String seal(byte[] secret, String context);

    /**
     * Decrypts a value {@link #seal sealed} for the same context.
     *
     * @throws UnreadableSecretException if the value was altered, sealed for another context or
     *         with another key
     */
    byte[] open(String sealed, String context);
}
