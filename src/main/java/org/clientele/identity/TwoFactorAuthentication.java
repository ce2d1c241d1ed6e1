package org.clientele.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.clientele.platform.SecretBox;
import org.clientele.platform.UnreadableSecretException;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in with an authenticator app (TOTP): enrolment confirmed with a first code,
 * single-use recovery codes, switching it off with the password, and a reset by administrators.
 * The app's key is kept sealed by the {@link SecretBox}; recovery codes only as hashes.
 */
@Service
public class TwoFactorAuthentication {

    static final String ISSUER = "Clientele";
    private static final Logger log = LoggerFactory.getLogger(TwoFactorAuthentication.class);

    private final TwoFactorStore store;
    private final SecretBox secrets;
    private final Users users;
    private final PasswordEncoder passwordEncoder;
    private final TwoFactorPolicy policy;
    private final SecurityLog securityLog;
    private final SessionTerminator sessions;
    private final Clock clock;

    TwoFactorAuthentication(TwoFactorStore store, SecretBox secrets, Users users, PasswordEncoder passwordEncoder,
            TwoFactorPolicy policy, SecurityLog securityLog, SessionTerminator sessions) {
        this.store = store;
        this.secrets = secrets;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.securityLog = securityLog;
        this.sessions = sessions;
        this.clock = Clock.systemUTC();
    }

    @Transactional(readOnly = true)
    public TwoFactorStatus status(long userId) {
        User user = existing(userId);
        Optional<TwoFactorStore.Credential> credential = store.find(userId).filter(TwoFactorStore.Credential::isEnabled);
        return new TwoFactorStatus(credential.isPresent(), credential.map(TwoFactorStore.Credential::enabledAt).orElse(null),
                credential.isPresent() ? store.recoveryCodesLeft(userId) : 0, policy.requiredFor(user.getRoles()));
    }

    /** Whether the user signs in with a second factor. */
    @Transactional(readOnly = true)
    public boolean enabled(long userId) {
        return store.enabled(userId);
    }

    /**
     * The key the user is to add to their app: the same one until they confirm it, so that
     * reloading the page does not invalidate what they scanned.
     *
     * @return nothing if two-factor sign-in is on already
     */
    @Transactional
    public Optional<TwoFactorSetup> enrolment(long userId) {
        User user = existing(userId);
        Optional<TwoFactorStore.Credential> existing = store.find(userId);
        if (existing.isPresent() && existing.get().isEnabled()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        byte[] secret;
        if (existing.isEmpty()) {
            store.insertPendingIfAbsent(userId, secrets.seal(Totp.newSecret(), context(userId)), now);
            secret = open(store.find(userId).orElseThrow());
        }
        else {
            try {
                secret = secrets.open(existing.get().sealedSecret(), context(userId));
            }
            catch (UnreadableSecretException ex) {
                log.warn("The unconfirmed authenticator key of user {} cannot be opened ({}); making a new one", userId, ex.getMessage());
                secret = Totp.newSecret();
                store.replacePending(userId, secrets.seal(secret, context(userId)), now);
            }
        }
        return Optional.of(new TwoFactorSetup(Totp.base32(secret), Totp.uri(ISSUER, user.getEmail(), secret)));
    }

    /**
     * Switches two-factor sign-in on once the user entered a current code from their app.
     *
     * @return the recovery codes, in clear, to be shown once
     * @throws InvalidInputException if the code is not a current one of the key being enrolled
     */
    @Transactional
    public List<String> confirm(long userId, OneTimeCode form) {
        User user = existing(userId);
        TwoFactorStore.Credential credential = store.find(userId).filter(c -> !c.isEnabled())
                .orElseThrow(() -> InvalidInputException.of("code", "validation.two-factor.no-enrolment"));
        Instant now = clock.instant();
        OptionalLong step = Totp.match(open(credential), form.code(), now, null);
        if (step.isEmpty()) {
            throw InvalidInputException.of("code", "validation.two-factor.code-wrong");
        }
        if (!store.enable(userId, step.getAsLong(), now)) {
            throw InvalidInputException.of("code", "validation.two-factor.no-enrolment");
        }
        List<String> codes = newRecoveryCodes(userId, now);
        securityLog.record(SecurityEventType.TWO_FACTOR_ENABLED, userId, user.getEmail(), null);
        return codes;
    }

    /**
     * Switches two-factor sign-in off; the key and the recovery codes are deleted.
     *
     * @throws InvalidInputException if the password is wrong or a role of the user requires it
     */
    @Transactional
    public void disable(long userId, CurrentPassword form) {
        User user = existing(userId);
        checkPassword(user, form);
        if (policy.requiredFor(user.getRoles())) {
            throw InvalidInputException.of("currentPassword", "validation.two-factor.required");
        }
        if (store.enabled(userId)) {
            store.delete(userId);
            securityLog.record(SecurityEventType.TWO_FACTOR_DISABLED, userId, user.getEmail(), null);
        }
    }

    /**
     * Replaces all recovery codes, used or not, with ten new ones.
     *
     * @return the new codes, in clear, to be shown once
     * @throws InvalidInputException if the password is wrong or two-factor sign-in is off
     */
    @Transactional
    public List<String> renewRecoveryCodes(long userId, CurrentPassword form) {
        User user = existing(userId);
        checkPassword(user, form);
        if (!store.enabled(userId)) {
            throw InvalidInputException.of("currentPassword", "validation.two-factor.not-enabled");
        }
        List<String> codes = newRecoveryCodes(userId, clock.instant());
        securityLog.record(SecurityEventType.RECOVERY_CODES_RENEWED, userId, user.getEmail(), null);
        return codes;
    }

    /**
     * Switches a user's two-factor sign-in off for them, when they lost their app and their
     * recovery codes; their sessions end, so that they sign in again with the password alone and
     * set it up anew where a role requires it.
     */
    @Transactional
    @PreAuthorize("hasAuthority('users:admin')")
    public void reset(long userId, long actingUserId) {
        User user = existing(userId);
        boolean hadIt = store.find(userId).isPresent();
        store.delete(userId);
        sessions.endSessionsOf(user.getEmail());
        securityLog.record(SecurityEventType.TWO_FACTOR_RESET, userId, user.getEmail(),
                "by user " + actingUserId + (hadIt ? "" : "; nothing was set up"));
    }

    /**
     * Checks a second factor at sign-in: a current code from the app that was not used before, or,
     * if allowed, an unused recovery code, which is used up.
     */
    @Transactional
    Verification verify(long userId, String entered, boolean recoveryCodeAllowed) {
        Optional<TwoFactorStore.Credential> credential = store.find(userId).filter(TwoFactorStore.Credential::isEnabled);
        if (credential.isEmpty() || entered == null || entered.isBlank()) {
            return Verification.REJECTED;
        }
        Instant now = clock.instant();
        if (Totp.looksLikeCode(entered)) {
            byte[] secret;
            try {
                secret = secrets.open(credential.get().sealedSecret(), context(userId));
            }
            catch (UnreadableSecretException ex) {
                log.error("The authenticator key of user {} cannot be opened ({}): they need a recovery code or a reset",
                        userId, ex.getMessage());
                return Verification.REJECTED;
            }
            OptionalLong step = Totp.match(secret, entered, now, credential.get().lastUsedStep());
            return step.isPresent() && store.useStep(userId, step.getAsLong()) ? Verification.AUTHENTICATOR_CODE
                    : Verification.REJECTED;
        }
        if (recoveryCodeAllowed && store.useRecoveryCode(userId, RecoveryCodes.hash(entered), now)) {
            int left = store.recoveryCodesLeft(userId);
            securityLog.record(SecurityEventType.RECOVERY_CODE_USED, userId,
                    users.findById(userId).map(User::getEmail).orElse(null), left + " left");
            return Verification.RECOVERY_CODE;
        }
        return Verification.REJECTED;
    }

    private List<String> newRecoveryCodes(long userId, Instant now) {
        List<String> codes = RecoveryCodes.generate();
        store.replaceRecoveryCodes(userId, codes.stream().map(RecoveryCodes::hash).toList(), now);
        return codes;
    }

    private void checkPassword(User user, CurrentPassword form) {
        if (user.getPasswordHash() == null || form.currentPassword() == null
                || !passwordEncoder.matches(form.currentPassword(), user.getPasswordHash())) {
            throw InvalidInputException.of("currentPassword", "validation.password.current-wrong");
        }
    }

    private byte[] open(TwoFactorStore.Credential credential) {
        return secrets.open(credential.sealedSecret(), context(credential.userId()));
    }

    private User existing(long userId) {
        return users.findById(userId).orElseThrow(() -> new RecordNotFoundException("User", userId));
    }

    /** What a key is sealed for: its user, so that a key copied to another user's row does not open. */
    static String context(long userId) {
        return "totp:" + userId;
    }

    /** How a second factor was proved, if it was. */
    enum Verification {
        AUTHENTICATOR_CODE, RECOVERY_CODE, REJECTED
    }
}
