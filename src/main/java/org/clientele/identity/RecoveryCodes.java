package org.clientele.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes: ten at a time, each ten characters (about 49 random bits) from an alphabet
 * without look-alikes such as 0 and o or 1 and l, shown as {@code xxxxx-xxxxx}. Only their
 * SHA-256 is kept; case, spaces and dashes do not matter when one is entered.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    private static final int LENGTH = 10;
    private static final char[] ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        while (codes.size() < COUNT) {
            StringBuilder code = new StringBuilder(LENGTH + 1);
            for (int i = 0; i < LENGTH; i++) {
                if (i == LENGTH / 2) {
                    code.append('-');
                }
                code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            }
            if (!codes.contains(code.toString())) {
                codes.add(code.toString());
            }
        }
        return List.copyOf(codes);
    }

    /** The SHA-256 of the code as entered, in lower-case hex, ignoring case, spaces and dashes. */
    static String hash(String entered) {
        String normalized = entered == null ? "" : entered.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has SHA-256", ex);
        }
    }
}
