package org.clientele.platform.crypto;

/** {@code CLIENTELE_ENCRYPTION_KEY} is set but is not 32 bytes in Base64. */
class EncryptionKeyException extends IllegalStateException {

    EncryptionKeyException() {
        super("CLIENTELE_ENCRYPTION_KEY (clientele.encryption-key) must be 32 random bytes in Base64, "
                + "such as the output of: openssl rand -base64 32");
    }
}
