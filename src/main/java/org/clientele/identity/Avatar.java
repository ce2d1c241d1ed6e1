package org.clientele.identity;

import java.time.Instant;

/** A user's profile picture: a square PNG, and when it was last changed (for caching). */
public record Avatar(byte[] png, Instant updatedAt) {

    /** A validator for HTTP caching that changes whenever the picture does. */
    public String etag() {
        return "\"" + Long.toHexString(updatedAt.toEpochMilli()) + "\"";
    }
}
