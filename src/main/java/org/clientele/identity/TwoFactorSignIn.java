package org.clientele.identity;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.clientele.platform.SignInCsrfToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * The second step of signing in with two-factor sign-in. After the right password only the user's
 * id is kept in the session, with a deadline ({@code clientele.login.two-factor-timeout}, five
 * minutes by default); nothing is in the security context, so the user is not signed in. Only
 * the right code signs them in, exactly as the form does for everyone else: a new session id, a
 * new CSRF token, the security context saved, the sign-in logged once, and on to the page they
 * first asked for.
 */
@Component
public class TwoFactorSignIn {

    static final String PENDING = TwoFactorSignIn.class.getName() + ".PENDING";

    private final Users users;
    private final ClienteleUserDetailsService userDetails;
    private final TwoFactorAuthentication twoFactor;
    private final LoginAttempts attempts;
    private final Duration timeout;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache requests = new HttpSessionRequestCache();
    private final SessionAuthenticationStrategy sessionStrategy = new CompositeSessionAuthenticationStrategy(List.of(
            new ChangeSessionIdAuthenticationStrategy(), new SignInCsrfToken()));

    TwoFactorSignIn(Users users, ClienteleUserDetailsService userDetails, TwoFactorAuthentication twoFactor,
            LoginAttempts attempts, @Value("${clientele.login.two-factor-timeout:PT5M}") Duration timeout) {
        this.users = users;
        this.userDetails = userDetails;
        this.twoFactor = twoFactor;
        this.attempts = attempts;
        this.timeout = timeout;
    }

    /** The password was right: remember whose code is awaited, under a new session id. */
    void begin(HttpServletRequest request, long userId) {
        HttpSession session = request.getSession();
        request.changeSessionId();
        session.setAttribute(PENDING, new Pending(userId, Instant.now().plus(timeout)));
    }

    /** Whether a sign-in in this session awaits its code, and has not waited too long. */
    public boolean awaitingCode(HttpServletRequest request) {
        return pending(request) != null;
    }

    /**
     * Checks the code (from the app, or a recovery code) of the sign-in awaiting one, and signs
     * the user in if it is right. A wrong code counts as a failed sign-in.
     */
    public Result complete(HttpServletRequest request, HttpServletResponse response, String code) {
        Pending pending = pending(request);
        if (pending == null) {
            return Result.of(Outcome.EXPIRED);
        }
        User user = users.findById(pending.userId()).filter(User::isActive).orElse(null);
        if (user == null) {
            clear(request);
            return Result.of(Outcome.EXPIRED);
        }
        if (user.lockedAt(Instant.now())) {
            clear(request);
            return Result.of(Outcome.LOCKED);
        }
        TwoFactorAuthentication.Verification verification = twoFactor.verify(user.getId(), code, true);
        if (verification == TwoFactorAuthentication.Verification.REJECTED) {
            attempts.secondFactorFailed(user.getId(), "sign-in form");
            if (users.findById(user.getId()).map(u -> u.lockedAt(Instant.now())).orElse(true)) {
                clear(request);
                return Result.of(Outcome.LOCKED);
            }
            return Result.of(Outcome.REJECTED);
        }
        clear(request);
        ClienteleUserDetails details = (ClienteleUserDetails) userDetails.loadUserByUsername(user.getEmail());
        details.eraseCredentials();
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
        sessionStrategy.onAuthentication(authentication, request, response);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        attempts.succeeded(details, verification == TwoFactorAuthentication.Verification.RECOVERY_CODE
                ? "form with a recovery code" : "form with an authenticator code");
        SavedRequest saved = requests.getRequest(request, response);
        return new Result(Outcome.SIGNED_IN, saved == null ? "/" : saved.getRedirectUrl());
    }

    private Pending pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
            return null;
        }
        if (!pending.expiresAt().isAfter(Instant.now())) {
            session.removeAttribute(PENDING);
            return null;
        }
        return pending;
    }

    private static void clear(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
    }

    /** How the code step ended; {@code redirectUrl} is where a signed-in user goes next. */
    public record Result(Outcome outcome, String redirectUrl) {

        static Result of(Outcome outcome) {
            return new Result(outcome, null);
        }
    }

    public enum Outcome {
        /** Signed in. */
        SIGNED_IN,
        /** The code was wrong or used already; the user may try again. */
        REJECTED,
        /** No sign-in awaits a code, or it waited too long: start again with the password. */
        EXPIRED,
        /** Too many failures: the account is locked for a while. */
        LOCKED
    }

    /** Whose code is awaited, until when. Kept in the session, so it must be serializable. */
    record Pending(long userId, Instant expiresAt) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }
}
