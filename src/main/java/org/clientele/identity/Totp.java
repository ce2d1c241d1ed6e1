package org.clientele.identity;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords as authenticator apps make them (RFC 6238 over RFC 4226):
 * HMAC-SHA1 of the number of 30-second steps since the epoch, six digits. A code is accepted for
 * its own step and one step either side, to allow for clocks that differ and for typing; a step
 * that was used once, or an earlier one, is never accepted again.
 */
final class Totp {

    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    /** Steps accepted on either side of the current one. */
    static final int WINDOW = 1;
    /** 160 bits, as RFC 4226 recommends for HMAC-SHA1. */
    static final int SECRET_BYTES = 20;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The number of whole steps since the epoch at the given time. */
    static long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of a step, zero-padded to the given number of digits (RFC 4226 section 5.3). */
    static String code(byte[] secret, long step, int digits) {
        if (digits < 1 || digits >= POWERS_OF_TEN.length) {
            throw new IllegalArgumentException("Between 1 and 8 digits");
        }
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("Every Java runtime has HmacSHA1", ex);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = (hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16 | (hash[offset + 2] & 0xff) << 8
                | hash[offset + 3] & 0xff;
        String code = Integer.toString(binary % POWERS_OF_TEN[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /**
     * The step whose code was entered, if it is within {@link #WINDOW} steps of the time and later
     * than the last step used.
     *
     * @param lastUsedStep the step of the last code accepted, or {@code null} if none was
     */
    static OptionalLong match(byte[] secret, String entered, Instant time, Long lastUsedStep) {
        String code = normalize(entered);
        if (code.length() != DIGITS || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long now = stepAt(time);
        OptionalLong matched = OptionalLong.empty();
        for (long step = now - WINDOW; step <= now + WINDOW; step++) {
            boolean equal = MessageDigest.isEqual(code(secret, step, DIGITS).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII));
            if (equal && (lastUsedStep == null || step > lastUsedStep) && matched.isEmpty()) {
                matched = OptionalLong.of(step);
            }
        }
        return matched;
    }

    /** Whether the text looks like a code from an app rather than a recovery code. */
    static boolean looksLikeCode(String entered) {
        String code = normalize(entered);
        return code.length() == DIGITS && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The key as authenticator apps take it when typed in: Base32, upper case, no padding. */
    static String base32(byte[] secret) {
        return new Base32().encodeToString(secret).replace("=", "");
    }

    static byte[] fromBase32(String text) {
        return new Base32().decode(text.replace(" ", "").toUpperCase(Locale.ROOT));
    }

    /**
     * The {@code otpauth://} address a QR code carries to an authenticator app (Google's Key
     * Uri Format), labelled with the issuer and the account.
     */
    static String uri(String issuer, String account, byte[] secret) {
        return "otpauth://totp/" + encode(issuer) + ":" + encode(account) + "?secret=" + base32(secret) + "&issuer="
                + encode(issuer);
    }

    private static String normalize(String entered) {
        return entered == null ? "" : entered.replace(" ", "").replace("-", "").strip();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
