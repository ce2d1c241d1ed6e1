package org.clientele.identity;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords and wrong second factors per account: after
 * {@code clientele.login.max-failures} in a row the account locks for
 * {@code clientele.login.lock-duration}, and while it is locked even the right password is
 * refused. Every attempt goes to the security log. A sign-in that needs a second factor succeeds,
 * and is logged as such, only once that factor has been given.
 */
@Component
class LoginAttempts {

    private final Users users;
    private final SecurityLog log;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginAttempts(Users users, SecurityLog log, @Value("${clientele.login.max-failures:10}") int maxFailures,
            @Value("${clientele.login.lock-duration:PT15M}") Duration lockDuration) {
        this.users = users;
        this.log = log;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onPageSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ClienteleUserDetails user) {
            succeeded(user, "form");
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        failed(String.valueOf(event.getAuthentication().getPrincipal()));
    }

    @EventListener
    void onLocked(AuthenticationFailureLockedEvent event) {
        String email = User.normalizeEmail(String.valueOf(event.getAuthentication().getPrincipal()));
        log.record(SecurityEventType.LOGIN_FAILED, users.findByEmail(email).map(User::getId).orElse(null), email,
                "account locked");
    }

    /** Also called for sign-ins that do not pass through the page's authentication manager (API tokens). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(ClienteleUserDetails user, String channel) {
        users.findById(user.userId()).ifPresent(account -> account.recordSuccessfulLogin(Instant.now()));
        log.record(SecurityEventType.LOGIN_SUCCEEDED, user.userId(), user.email(), channel);
    }

    /**
     * A wrong second factor after the right password: logged as such, and counted towards the
     * lockout (and, through the log, towards the address's throttle) like a wrong password.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void secondFactorFailed(long userId, String channel) {
        users.findById(userId).ifPresent(user -> {
            log.record(SecurityEventType.TWO_FACTOR_CODE_REJECTED, userId, user.getEmail(), channel);
            if (user.recordFailedLogin(Instant.now(), maxFailures, lockDuration)) {
                log.record(SecurityEventType.ACCOUNT_LOCKED, userId, user.getEmail(), "locked for " + lockDuration);
            }
        });
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String email) {
        String normalized = User.normalizeEmail(email);
        User user = users.findByEmail(normalized).orElse(null);
        log.record(SecurityEventType.LOGIN_FAILED, user == null ? null : user.getId(), normalized, "wrong password or unknown user");
        if (user != null && user.recordFailedLogin(Instant.now(), maxFailures, lockDuration)) {
            log.record(SecurityEventType.ACCOUNT_LOCKED, user.getId(), normalized, "locked for " + lockDuration);
        }
    }
}
