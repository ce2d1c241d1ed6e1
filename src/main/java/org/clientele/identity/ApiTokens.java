package org.clientele.identity;

import java.time.Instant;
import java.util.UUID;

import org.clientele.identity.ApiTokenConfiguration.ApiTokenSettings;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

/** Hands out short-lived signed API tokens in exchange for an e-mail address and password. */
@Service
public class ApiTokens {

    private final AuthenticationProvider passwordCheck;
    private final JwtEncoder encoder;
    private final ApiTokenSettings settings;
    private final LoginAttempts attempts;
    private final LoginThrottle throttle;

    ApiTokens(ClienteleUserDetailsService userDetails, PasswordEncoder passwordEncoder, JwtEncoder encoder,
            ApiTokenSettings settings, LoginAttempts attempts, LoginThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        this.passwordCheck = provider;
        this.encoder = encoder;
        this.settings = settings;
        this.attempts = attempts;
        this.throttle = throttle;
    }

    /**
     * @throws AuthenticationException if the e-mail address and password do not match an active,
     *         unlocked user, or the caller's address has failed too often
     */
    public IssuedToken issue(String email, String password) {
        throttle.checkCurrentRequest();
        Authentication authenticated;
        try {
            authenticated = passwordCheck.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        }
        catch (BadCredentialsException ex) {
            attempts.failed(email);
            throw ex;
        }
        ClienteleUserDetails user = (ClienteleUserDetails) authenticated.getPrincipal();
        attempts.succeeded(user, "api");
        Instant now = Instant.now();
        Instant expiresAt = now.plus(settings.lifetime());
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ApiTokenConfiguration.ISSUER)
                .subject(Long.toString(user.userId()))
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new IssuedToken(token, "Bearer", settings.lifetime().toSeconds(), expiresAt);
    }

    /** A token as the API returns it. */
    public record IssuedToken(String accessToken, String tokenType, long expiresIn, Instant expiresAt) {
    }
}
