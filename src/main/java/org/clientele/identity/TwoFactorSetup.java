package org.clientele.identity;

/**
 * What an authenticator app needs to enrol: the key in Base32 for typing in, and the
 * {@code otpauth://} address for a QR code. Never stored in this form.
 *
 * @param secret the key in Base32, as apps take it
 * @param uri the {@code otpauth://totp/…} address
 */
public record TwoFactorSetup(String secret, String uri) {

    /** Never shows the key, should the record end up in a log. */
    @Override
    public String toString() {
        return "TwoFactorSetup[…]";
    }
}
