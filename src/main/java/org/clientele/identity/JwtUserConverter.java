package org.clientele.identity;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a valid API token into the same signed-in user a page sees, read afresh from the database
 * so that a deactivated user's tokens stop working at once.
 */
@Component
class JwtUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final Users users;

    JwtUserConverter(Users users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public AbstractAuthenticationToken convert(Jwt jwt) {
        long userId;
        try {
            userId = Long.parseLong(jwt.getSubject());
        }
        catch (NumberFormatException ex) {
            throw new InvalidBearerTokenException("The token names no user");
        }
        ClienteleUserDetails user = users.findById(userId)
                .filter(User::isActive)
                .map(ClienteleUserDetails::of)
                .orElseThrow(() -> new InvalidBearerTokenException("The token's user cannot sign in"));
        user.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(user, jwt, user.getAuthorities());
    }
}
