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
    private final Users users;
    private final SecurityLog securityLog;

    PersonalAccessTokenAuthenticator(PersonalAccessTokenRepository tokens, Users users, SecurityLog securityLog) {
        this.tokens = tokens;
        this.users = users;
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
        User owner = users.findById(stored.getUserId())
                .filter(User::isActive)
                .orElseThrow(() -> new InvalidBearerTokenException("The token's user cannot sign in"));
        Instant notedBefore = now.minus(USE_NOTED_EVERY);
        if (!stored.useNotedAfter(notedBefore) && tokens.noteUse(stored.getId(), now, notedBefore) == 1) {
            securityLog.record(SecurityEventType.TOKEN_USED, owner.getId(), owner.getEmail(), "token " + stored.getTokenPrefix());
        }
        ClienteleUserDetails user = ClienteleUserDetails.of(owner).limitedTo(stored.scopes());
        user.eraseCredentials();
        return new PersonalAccessTokenAuthentication(user);
    }
}
