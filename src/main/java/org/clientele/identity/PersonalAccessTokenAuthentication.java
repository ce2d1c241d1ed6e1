package org.clientele.identity;

import java.io.Serial;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A caller who presented a personal access token; their authorities are the token's effective scopes. */
final class PersonalAccessTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ClienteleUserDetails user;

    PersonalAccessTokenAuthentication(ClienteleUserDetails user) {
        super(user.getAuthorities());
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    /** The token is not kept once checked. */
    @Override
    public Object getCredentials() {
        return null;
    }
}
