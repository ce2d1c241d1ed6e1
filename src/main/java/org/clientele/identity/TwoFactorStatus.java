package org.clientele.identity;

import java.time.Instant;

/**
 * Whether a user signs in with a second factor.
 *
 * @param enabled whether they confirmed an authenticator app
 * @param enabledAt since when, or {@code null}
 * @param recoveryCodesLeft how many unused recovery codes they have
 * @param required whether one of their roles requires two-factor sign-in
 */
public record TwoFactorStatus(boolean enabled, Instant enabledAt, int recoveryCodesLeft, boolean required) {
}
