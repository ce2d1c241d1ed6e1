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

/**
 * Hands out short-lived signed API tokens in exchange for an e-mail address and password, and the
 * current code of the user's authenticator app if they sign in with a second factor.
 */
@Service
public class ApiTokens {

    private final AuthenticationProvider passwordCheck;
    private final JwtEncoder encoder;
    private final ApiTokenSettings settings;
    private final LoginAttempts attempts;
    private final LoginThrottle throttle;
    private final TwoFactorAuthentication twoFactor;
    private final TwoFactorPolicy twoFactorPolicy;

    ApiTokens(ClienteleUserDetailsService userDetails, PasswordEncoder passwordEncoder, JwtEncoder encoder,
            ApiTokenSettings settings, LoginAttempts attempts, LoginThrottle throttle, TwoFactorAuthentication twoFactor,
            TwoFactorPolicy twoFactorPolicy) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        this.passwordCheck = provider;
        this.encoder = encoder;
        this.settings = settings;
        this.attempts = attempts;
        this.throttle = throttle;
        this.twoFactor = twoFactor;
        this.twoFactorPolicy = twoFactorPolicy;
    }

    /** For users who sign in without a second factor; see {@link #issue(String, String, String)}. */
    public IssuedToken issue(String email, String password) {
        return issue(email, password, null);
    }

    /**
     * @param otp the current code of the user's authenticator app, needed if they sign in with
     *        two-factor sign-in; recovery codes are not taken here
     * @throws SecondFactorException if the password is right but the code is missing or wrong, or
     *         a role of the user requires two-factor sign-in that they have not set up
     * @throws AuthenticationException if the e-mail address and password do not match an active,
     *         unlocked user, or the caller's address has failed too often
     */
    public IssuedToken issue(String email, String password, String otp) {
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
        checkSecondFactor(user, otp);
        attempts.succeeded(user, twoFactor.enabled(user.userId()) ? "api with an authenticator code" : "api");
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

    private void checkSecondFactor(ClienteleUserDetails user, String otp) {
        if (twoFactor.enabled(user.userId())) {
            if (otp == null || otp.isBlank()) {
                throw new SecondFactorException(SecondFactorException.Reason.CODE_REQUIRED);
            }
            if (twoFactor.verify(user.userId(), otp, false) != TwoFactorAuthentication.Verification.AUTHENTICATOR_CODE) {
                attempts.secondFactorFailed(user.userId(), "api");
                throw new SecondFactorException(SecondFactorException.Reason.CODE_REJECTED);
            }
        }
        else if (twoFactorPolicy.requiredFor(user.roles())) {
            throw new SecondFactorException(SecondFactorException.Reason.ENROLMENT_REQUIRED);
        }
    }

    /** A token as the API returns it. */
    public record IssuedToken(String accessToken, String tokenType, long expiresIn, Instant expiresAt) {
    }
}
