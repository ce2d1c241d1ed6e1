package org.clientele.identity;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Turns a valid API token into the same signed-in user a page sees, read afresh from the database
 * so that a deactivated user's tokens stop working at once.
 */
@Component
class JwtUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final ApiCallers callers;

    JwtUserConverter(ApiCallers callers) {
        this.callers = callers;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        long userId;
        try {
            userId = Long.parseLong(jwt.getSubject());
        }
        catch (NumberFormatException ex) {
            throw new InvalidBearerTokenException("The token names no user");
        }
        ClienteleUserDetails user = callers.activeUser(userId)
                .orElseThrow(() -> new InvalidBearerTokenException("The token's user cannot sign in"));
        return UsernamePasswordAuthenticationToken.authenticated(user, jwt, user.getAuthorities());
    }
}
