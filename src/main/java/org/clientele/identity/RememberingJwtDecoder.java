package org.clientele.identity;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Parses a token and checks its signature once, then remembers it until it expires: a client sends
 * the same token with every call for its lifetime. The validator (expiry, issuer) still runs on
 * every call. Only tokens whose signature was found good are remembered, and at most
 * {@value #CAPACITY} of them; when that many are held, the expired ones go, or all if none has.
 */
final class RememberingJwtDecoder implements JwtDecoder {

    static final int CAPACITY = 4096;

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    /**
     * @param verifier parses and checks the signature, validating nothing else
     * @param validator what every use of a token must pass
     */
    RememberingJwtDecoder(JwtDecoder verifier, OAuth2TokenValidator<Jwt> validator) {
        this.verifier = verifier;
        this.validator = validator;
    }

    @Override
    public Jwt decode(String token) {
        Jwt jwt = verified.get(token);
        if (jwt == null) {
            jwt = verifier.decode(token);
            remember(token, jwt);
        }
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            String detail = result.getErrors().stream().map(OAuth2Error::getDescription).filter(text -> text != null && !text.isBlank())
                    .findFirst().map(text -> "An error occurred while attempting to decode the Jwt: " + text).orElse("Unable to validate Jwt");
            throw new JwtValidationException(detail, result.getErrors());
        }
        return jwt;
    }

    private void remember(String token, Jwt jwt) {
        if (verified.size() >= CAPACITY) {
            Instant now = Instant.now();
            verified.values().removeIf(held -> held.getExpiresAt() == null || held.getExpiresAt().isBefore(now));
            if (verified.size() >= CAPACITY) {
                verified.clear();
            }
        }
        verified.put(token, jwt);
    }
}
