package org.clientele.identity;

import java.time.Duration;
import java.util.Optional;

import org.clientele.platform.SystemMail.MailNotSentException;
import org.clientele.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Password reset by e-mail. A request always gets the same answer, whether or not the address
 * belongs to anyone, so that nobody learns who has an account. A mail goes out only to an active
 * user, at most {@code clientele.password-reset.max-per-account} times an hour, and only while the
 * requesting address has made fewer than {@code clientele.password-reset.max-per-address} requests
 * that hour. The link works once, for {@link #VALID_FOR}.
 */
@Service
public class PasswordResets {

    static final Duration VALID_FOR = Duration.ofHours(1);
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final String SENT = "sent";
    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

    private final Users users;
    private final UserTokens tokens;
    private final IdentityMails mails;
    private final PasswordChoice passwords;
    private final SecurityLog securityLog;
    private final int maxPerAccount;
    private final int maxPerAddress;

    PasswordResets(Users users, UserTokens tokens, IdentityMails mails, PasswordChoice passwords, SecurityLog securityLog,
            @Value("${clientele.password-reset.max-per-account:3}") int maxPerAccount,
            @Value("${clientele.password-reset.max-per-address:20}") int maxPerAddress) {
        this.users = users;
        this.tokens = tokens;
        this.mails = mails;
        this.passwords = passwords;
        this.securityLog = securityLog;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
    }

    /** Whether resets can be offered: a system SMTP server is configured. */
    public boolean available() {
        return mails.available();
    }

    /**
     * Mails a reset link if the address belongs to an active user and no limit is reached; says
     * nothing about which happened.
     *
     * @throws MailNotConfiguredException if no SMTP server is configured
     */
    @Transactional
    public void request(String email) {
        if (!mails.available()) {
            throw new MailNotConfiguredException();
        }
        String address = User.normalizeEmail(email);
        Optional<User> found = users.findByEmail(address);
        String outcome = outcome(found);
        if (outcome.equals(SENT)) {
            outcome = send(found.get());
        }
        securityLog.record(SecurityEventType.PASSWORD_RESET_REQUESTED, found.map(User::getId).orElse(null), address, outcome);
    }

    /**
     * Checks that the link can still be used.
     *
     * @throws UnusableLinkException if it is unknown, expired or used, or its user is deactivated
     */
    @Transactional(readOnly = true)
    public void check(String token) {
        resetting(token);
    }

    /**
     * Sets the new password, ends the lockout and every session of the user; the link is used up,
     * and so are any other reset links of the user.
     *
     * @throws InvalidInputException if the password breaks the policy (the link stays usable)
     * @throws UnusableLinkException if the link is unknown, expired or used, or its user is deactivated
     */
    @Transactional
    public void complete(String token, ChosenPassword form) {
        User user = resetting(token);
        passwords.check(user, form);
        if (!tokens.use(token, UserTokens.Purpose.PASSWORD_RESET)) {
            throw new UnusableLinkException();
        }
        tokens.revokeUnused(user.getId(), UserTokens.Purpose.PASSWORD_RESET);
        passwords.apply(user, form);
        securityLog.record(SecurityEventType.PASSWORD_RESET_COMPLETED, user.getId(), user.getEmail(), null);
    }

    private String send(User user) {
        try {
            mails.sendPasswordReset(user, tokens.issue(user.getId(), UserTokens.Purpose.PASSWORD_RESET, VALID_FOR));
            return SENT;
        }
        catch (MailNotSentException ex) {
            log.warn("Password reset mail for user {} not sent: {}", user.getId(), ex.getMessage());
            return "not sent: the SMTP server refused the mail";
        }
    }

    private String outcome(Optional<User> found) {
        String clientIp = clientIp();
        if (clientIp != null && securityLog.recentEventsFrom(clientIp, SecurityEventType.PASSWORD_RESET_REQUESTED, WINDOW)
                >= maxPerAddress) {
            return "not sent: too many requests from this address";
        }
        if (found.isEmpty()) {
            return "not sent: no such user";
        }
        if (!found.get().isActive()) {
            return "not sent: user deactivated";
        }
        if (tokens.issuedWithin(found.get().getId(), UserTokens.Purpose.PASSWORD_RESET, WINDOW) >= maxPerAccount) {
            return "not sent: too many requests for this user";
        }
        return SENT;
    }

    private User resetting(String token) {
        return tokens.userOf(token, UserTokens.Purpose.PASSWORD_RESET)
                .flatMap(users::findById)
                .filter(User::isActive)
                .orElseThrow(UnusableLinkException::new);
    }

    private static String clientIp() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
