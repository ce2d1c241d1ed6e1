package org.clientele.identity;

import java.time.Instant;
import java.util.List;

/**
 * A personal access token as its owner and administrators see it: never the token itself, only
 * its first characters.
 *
 * @param prefix the first characters of the token, such as {@code clt_a1B2c3}
 * @param scopes what the token may do, as far as its owner still may
 * @param lastUsedAt when it was last used, to the minute, or {@code null} if never
 */
public record PersonalAccessTokenView(long id, long userId, String name, String prefix, List<Permission> scopes,
        Instant expiresAt, Instant createdAt, Instant lastUsedAt) {

    public PersonalAccessTokenView {
        scopes = List.copyOf(scopes);
    }

    public boolean expired() {
        return !expiresAt.isAfter(Instant.now());
    }
}
