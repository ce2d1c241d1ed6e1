package org.clientele.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * How the API checks {@code Authorization: Bearer} tokens: one that starts with {@code clt_} is
 * a personal access token; anything else must be a short-lived signed token (JWT). The platform's
 * API filter chain picks this up as a plain Spring Security type.
 */
@Component
class BearerTokenAuthentication implements AuthenticationManagerResolver<HttpServletRequest> {

    private final AuthenticationManager manager;

    BearerTokenAuthentication(JwtDecoder jwtDecoder, JwtUserConverter jwtUsers, PersonalAccessTokenAuthenticator personalTokens) {
        JwtAuthenticationProvider signedTokens = new JwtAuthenticationProvider(jwtDecoder);
        signedTokens.setJwtAuthenticationConverter(jwtUsers);
        this.manager = authentication -> {
            if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
                throw new InvalidBearerTokenException("Not a bearer token");
            }
            return TokenSecret.isPersonalAccessToken(bearer.getToken())
                    ? personalTokens.authenticate(bearer.getToken())
                    : signedTokens.authenticate(bearer);
        };
    }

    @Override
    public AuthenticationManager resolve(HttpServletRequest request) {
        return manager;
    }
}
