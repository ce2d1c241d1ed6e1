package org.clientele.identity;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a personal access token on every call: it must be known, neither revoked nor expired,
 * and belong to an active user, whose current permissions limit what the token's scopes allow.
 * When it was last used is noted at most once a minute, to spare the database a write per call.
 */
@Component
class PersonalAccessTokenAuthenticator {

    static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);

    private final PersonalAccessTokenRepository tokens;
    private final ApiCallers callers;
    private final SecurityLog securityLog;

    PersonalAccessTokenAuthenticator(PersonalAccessTokenRepository tokens, ApiCallers callers, SecurityLog securityLog) {
        this.tokens = tokens;
        this.callers = callers;
        this.securityLog = securityLog;
    }

    /**
     * @throws InvalidBearerTokenException if the token is unknown, revoked or expired, or its owner cannot sign in
     */
    @Transactional
    public Authentication authenticate(String token) {
        Instant now = Instant.now();
        PersonalAccessToken stored = tokens.findByTokenHash(new TokenSecret(token).hash())
                .filter(candidate -> candidate.usableAt(now))
                .orElseThrow(() -> new InvalidBearerTokenException("Unknown, revoked or expired personal access token"));
        ClienteleUserDetails owner = callers.activeUser(stored.getUserId())
                .orElseThrow(() -> new InvalidBearerTokenException("The token's user cannot sign in"));
        Instant notedBefore = now.minus(USE_NOTED_EVERY);
        if (!stored.useNotedAfter(notedBefore) && tokens.noteUse(stored.getId(), now, notedBefore) == 1) {
            securityLog.record(SecurityEventType.TOKEN_USED, owner.userId(), owner.email(), "token " + stored.getTokenPrefix());
        }
        return new PersonalAccessTokenAuthentication(owner.limitedTo(stored.scopes()));
    }
}
