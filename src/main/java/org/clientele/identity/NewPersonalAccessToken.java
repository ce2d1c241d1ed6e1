package org.clientele.identity;

import java.time.Instant;
import java.util.Set;

/**
 * A personal access token a user asks for. {@link PersonalAccessTokens#create} checks it.
 *
 * @param name what the token is for, up to 100 characters
 * @param scopes permission codes such as {@code customers:read}; only ones the user holds
 * @param expiresAt when the token stops working: in the future, at most one year ahead
 */
public record NewPersonalAccessToken(String name, Set<String> scopes, Instant expiresAt) {
}
