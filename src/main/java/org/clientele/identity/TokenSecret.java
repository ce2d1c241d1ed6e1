package org.clientele.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A personal access token in clear, as it is shown once: {@code clt_} and 40 random base62
 * characters. What is kept of it is its {@link #hash()} and its {@link #prefix()}.
 */
record TokenSecret(String value) {

    static final String MARKER = "clt_";
    private static final int RANDOM_LENGTH = 40;
    private static final int PREFIX_LENGTH = MARKER.length() + 6;
    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    static TokenSecret generate() {
        StringBuilder token = new StringBuilder(MARKER.length() + RANDOM_LENGTH).append(MARKER);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            token.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return new TokenSecret(token.toString());
    }

    /** Whether a bearer token is meant as a personal access token rather than a signed one. */
    static boolean isPersonalAccessToken(String token) {
        return token != null && token.startsWith(MARKER);
    }

    /** The first characters, enough to tell one's tokens apart and nowhere near enough to guess the rest. */
    String prefix() {
        return value.substring(0, Math.min(PREFIX_LENGTH, value.length()));
    }

    /** The SHA-256 hash of the whole token in lower-case hex, as the database holds it. */
    String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has SHA-256", ex);
        }
    }

    /** Never shows the token, should a record end up in a log. */
    @Override
    public String toString() {
        return "TokenSecret[" + prefix() + "…]";
    }
}
