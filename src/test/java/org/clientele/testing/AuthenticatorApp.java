package org.clientele.testing;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;
import org.awaitility.Awaitility;

/**
 * An authenticator app for tests: given the key a page shows, it makes six-digit codes as the apps
 * do (RFC 6238, HMAC-SHA1, 30-second steps), written apart from the application's own code. The
 * server accepts each step once and never an earlier one, so {@link #nextCode()} hands out a step
 * later than any it handed out before, waiting for the clock where it must.
 */
public final class AuthenticatorApp {

    private static final long STEP_SECONDS = 30;

    private final byte[] key;
    private long lastStep = Long.MIN_VALUE;

    private AuthenticatorApp(byte[] key) {
        this.key = key;
    }

    /** The app after the key was typed in as the page shows it (Base32, spaces allowed). */
    public static AuthenticatorApp withKey(String base32) {
        return new AuthenticatorApp(new Base32().decode(base32.replaceAll("\\s", "")));
    }

    /**
     * A code the server has not seen from this app: the current step's, or, if that was handed
     * out already, the next step's (the server accepts one step ahead), or after waiting for it.
     */
    public String nextCode() {
        long step = Math.max(currentStep(), lastStep + 1);
        // The server accepts one step ahead at most; a later one has to wait for the clock.
        Awaitility.await().atMost(Duration.ofSeconds(2 * STEP_SECONDS)).pollInterval(Duration.ofMillis(250))
                .until(() -> step <= currentStep() + 1);
        lastStep = step;
        return code(step);
    }

    /** A code the server must refuse: an old one, outside its window, that no current step happens to share. */
    public String staleCode() {
        long now = currentStep();
        Set<String> valid = new HashSet<>(List.of(code(now - 1), code(now), code(now + 1), code(now + 2)));
        for (long step = now - 3; ; step--) {
            if (!valid.contains(code(step))) {
                return code(step);
            }
        }
    }

    /** The code of a given step, for tests that replay one. */
    public String code(long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[19] & 0xf;
            int value = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
            return String.format("%06d", value % 1_000_000);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public long lastStep() {
        return lastStep;
    }

    private static long currentStep() {
        return Instant.now().getEpochSecond() / STEP_SECONDS;
    }
}
