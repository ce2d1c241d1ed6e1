package org.clientele.identity;

/**
 * A personal access token just made, with the token in clear. This is the only time it can be
 * seen: Clientele keeps no more than its hash.
 */
public record CreatedPersonalAccessToken(PersonalAccessTokenView token, String secret) {

    /** Never shows the token, should a record end up in a log. */
    @Override
    public String toString() {
        return "CreatedPersonalAccessToken[" + token + "]";
    }
}
