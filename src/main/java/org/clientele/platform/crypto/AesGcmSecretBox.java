package org.clientele.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.clientele.platform.SecretBox;
import org.clientele.platform.SystemSettings;
import org.clientele.platform.UnreadableSecretException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM with a fresh 96-bit nonce for every value and the context as associated data. The
 * key is {@code CLIENTELE_ENCRYPTION_KEY} (32 bytes in Base64) when set; otherwise a random key
 * made on first use and kept in the database, so that every node shares it. A sealed value reads
 * {@code v1.<key id>.<nonce, ciphertext and tag in URL-safe Base64>}; the key id (the first four
 * bytes of the key's SHA-256) tells a value sealed with another key from an altered one.
 */
@Component
class AesGcmSecretBox implements SecretBox {

    static final String SETTING = "platform.encryption-key";
    private static final String VERSION = "v1";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SystemSettings settings;
    private volatile Key key;

    AesGcmSecretBox(SystemSettings settings, @Value("${clientele.encryption-key:}") String configuredKey) {
        this.settings = settings;
        this.key = configuredKey.isBlank() ? null : Key.of(parse(configuredKey));
    }

    @Override
    public String seal(byte[] secret, String context) {
        Key current = key();
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, current.secretKey(), nonce, context);
            byte[] encrypted = cipher.doFinal(secret);
            byte[] sealed = ByteBuffer.allocate(nonce.length + encrypted.length).put(nonce).put(encrypted).array();
            return VERSION + "." + current.id() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("AES-GCM is not available", ex);
        }
    }

    @Override
    public byte[] open(String sealed, String context) {
        String[] parts = sealed == null ? new String[0] : sealed.split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new UnreadableSecretException("Not a value sealed by this version of Clientele");
        }
        Key current = key();
        if (!current.id().equals(parts[1])) {
            throw new UnreadableSecretException("Sealed with another encryption key (" + parts[1] + "); the current one is "
                    + current.id());
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(parts[2]);
        }
        catch (IllegalArgumentException ex) {
            throw new UnreadableSecretException("The sealed value is damaged", ex);
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new UnreadableSecretException("The sealed value is damaged");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, current.secretKey(), Arrays.copyOf(bytes, NONCE_BYTES), context);
            return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
        }
        catch (AEADBadTagException ex) {
            throw new UnreadableSecretException("The sealed value was altered or belongs to another purpose", ex);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("AES-GCM is not available", ex);
        }
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private Key key() {
        Key known = key;
        if (known == null) {
            byte[] fresh = new byte[KEY_BYTES];
            RANDOM.nextBytes(fresh);
            settings.putIfAbsent(SETTING, Base64.getEncoder().encodeToString(fresh));
            known = Key.of(Base64.getDecoder().decode(settings.find(SETTING).orElseThrow()));
            key = known;
        }
        return known;
    }

    /**
     * Reads a key given in Base64 (standard or URL-safe, with or without padding).
     *
     * @throws EncryptionKeyException unless it is exactly 32 bytes
     */
    static byte[] parse(String configured) {
        String text = configured.strip();
        byte[] bytes;
        try {
            bytes = text.contains("-") || text.contains("_") ? Base64.getUrlDecoder().decode(text) : Base64.getDecoder().decode(text);
        }
        catch (IllegalArgumentException ex) {
            throw new EncryptionKeyException();
        }
        if (bytes.length != KEY_BYTES) {
            throw new EncryptionKeyException();
        }
        return bytes;
    }

    private record Key(SecretKey secretKey, String id) {

        static Key of(byte[] bytes) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
                return new Key(new SecretKeySpec(bytes, "AES"), HexFormat.of().formatHex(digest, 0, 4));
            }
            catch (NoSuchAlgorithmException ex) {
                throw new IllegalStateException("Every Java runtime has SHA-256", ex);
            }
        }

        /** Never shows the key, should the record end up in a log. */
        @Override
        public String toString() {
            return "Key[" + id + "]";
        }
    }
}
