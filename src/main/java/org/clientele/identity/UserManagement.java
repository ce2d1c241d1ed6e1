package org.clientele.identity;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.clientele.platform.SetupCompleted;
import org.clientele.platform.SupportedLanguages;
import org.clientele.platform.SystemSettings;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating users and changing what they may change about themselves. */
@Service
public class UserManagement {

    static final String SETUP_COMPLETED_AT = "setup.completed-at";

    private final Users users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SystemSettings settings;
    private final ApplicationEventPublisher events;
    private final SecurityLog securityLog;
    private final SessionTerminator sessions;

    UserManagement(Users users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            SystemSettings settings, ApplicationEventPublisher events, SecurityLog securityLog,
            SessionTerminator sessions) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.settings = settings;
        this.events = events;
        this.securityLog = securityLog;
        this.sessions = sessions;
    }

    /**
     * Creates the first administrator. Of two attempts at once, exactly one succeeds.
     *
     * @throws InvalidInputException naming each field at fault
     * @throws SetupAlreadyCompletedException if an administrator exists already
     */
    @Transactional
    public UserAccount createFirstAdministrator(NewAdministrator form) {
        List<FieldProblem> problems = new ArrayList<>(passwordPolicy.check("password", form.password(), form.email()));
        if (!form.password().equals(form.passwordConfirmation())) {
            problems.add(new FieldProblem("passwordConfirmation", "validation.password.mismatch"));
        }
        Locale locale = language(form.language(), problems);
        ZoneId zone = timeZone(form.timeZone(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!settings.putIfAbsent(SETUP_COMPLETED_AT, Instant.now().toString())) {
            throw new SetupAlreadyCompletedException();
        }
        User administrator = users.save(new User(form.email(), form.fullName(), passwordEncoder.encode(form.password()),
                locale, zone, EnumSet.of(Role.ADMINISTRATOR)));
        events.publishEvent(new SetupCompleted(administrator.getId()));
        return administrator.toAccount();
    }

    /**
     * Creates a user with a temporary password, which they must replace when they first sign in.
     *
     * @throws InvalidInputException naming each field at fault
     */
    @Transactional
    public UserAccount create(NewUser form) {
        List<FieldProblem> problems = new ArrayList<>(passwordPolicy.check("temporaryPassword", form.temporaryPassword(), form.email()));
        Locale locale = language(form.language(), problems);
        ZoneId zone = timeZone(form.timeZone(), problems);
        if (users.existsByEmail(User.normalizeEmail(form.email()))) {
            problems.add(new FieldProblem("email", "validation.email.taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        User user = new User(form.email(), form.fullName(), passwordEncoder.encode(form.temporaryPassword()), locale, zone, form.roles());
        user.requirePasswordChange();
        UserAccount created = users.save(user).toAccount();
        securityLog.record(SecurityEventType.USER_CREATED, created.id(), created.email(), "roles " + created.roles());
        return created;
    }

    /**
     * @throws InvalidInputException if a field is at fault or the change would leave no active administrator
     * @throws RecordNotFoundException if there is no such user
     */
    @Transactional
    public UserAccount change(long userId, UserChanges changes) {
        List<FieldProblem> problems = new ArrayList<>();
        Locale locale = language(changes.language(), problems);
        ZoneId zone = timeZone(changes.timeZone(), problems);
        User user = existing(userId);
        if (user.getRoles().contains(Role.ADMINISTRATOR) && !changes.roles().contains(Role.ADMINISTRATOR) && lastActiveAdministrator(user)) {
            problems.add(new FieldProblem("roles", "validation.roles.last-administrator"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        user.changeProfile(changes.fullName(), locale, zone, changes.roles());
        securityLog.record(SecurityEventType.USER_CHANGED, userId, user.getEmail(), "roles " + changes.roles());
        return user.toAccount();
    }

    /**
     * Stops a user from signing in: their sessions end and their API tokens stop working at once.
     *
     * @throws InvalidInputException if they are the acting user or the last active administrator
     */
    @Transactional
    public UserAccount deactivate(long userId, long actingUserId) {
        User user = existing(userId);
        if (userId == actingUserId) {
            throw InvalidInputException.of("active", "validation.user.deactivate-self");
        }
        if (user.getRoles().contains(Role.ADMINISTRATOR) && lastActiveAdministrator(user)) {
            throw InvalidInputException.of("active", "validation.roles.last-administrator");
        }
        user.deactivate();
        sessions.endSessionsOf(user.getEmail());
        securityLog.record(SecurityEventType.USER_DEACTIVATED, userId, user.getEmail(), null);
        return user.toAccount();
    }

    @Transactional
    public UserAccount reactivate(long userId) {
        User user = existing(userId);
        user.reactivate();
        securityLog.record(SecurityEventType.USER_REACTIVATED, userId, user.getEmail(), null);
        return user.toAccount();
    }

    /**
     * @throws InvalidInputException if the current password is wrong or the new one breaks the policy
     */
    @Transactional
    public void changeOwnPassword(long userId, PasswordChange change) {
        User user = existing(userId);
        List<FieldProblem> problems = new ArrayList<>();
        if (user.getPasswordHash() == null || !passwordEncoder.matches(change.currentPassword(), user.getPasswordHash())) {
            problems.add(new FieldProblem("currentPassword", "validation.password.current-wrong"));
        }
        problems.addAll(passwordPolicy.check("newPassword", change.newPassword(), user.getEmail()));
        if (!change.newPassword().equals(change.newPasswordConfirmation())) {
            problems.add(new FieldProblem("newPasswordConfirmation", "validation.password.mismatch"));
        }
        if (change.newPassword().equals(change.currentPassword())) {
            problems.add(new FieldProblem("newPassword", "validation.password.unchanged"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        user.changePassword(passwordEncoder.encode(change.newPassword()), false);
        securityLog.record(SecurityEventType.PASSWORD_CHANGED, userId, user.getEmail(), null);
    }

    /**
     * Creates an invited colleague without a password: they cannot sign in until they choose one
     * through the link in their invitation. The caller records the creation once the mail is sent.
     *
     * @throws InvalidInputException naming each field at fault
     */
    @Transactional
    User createInvited(NewInvitation form) {
        List<FieldProblem> problems = new ArrayList<>();
        Locale locale = language(form.language(), problems);
        ZoneId zone = timeZone(form.timeZone(), problems);
        if (users.existsByEmail(User.normalizeEmail(form.email()))) {
            problems.add(new FieldProblem("email", "validation.email.taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return users.save(new User(form.email(), form.fullName(), null, locale, zone, form.roles()));
    }

    /** Creates a colleague without a password; they sign in once an administrator sets or resets one. */
    @Transactional
    public UserAccount createWithoutPassword(String email, String fullName, Locale locale, ZoneId timeZone, Set<Role> roles) {
        if (users.existsByEmail(User.normalizeEmail(email))) {
            throw InvalidInputException.of("email", "validation.email.taken");
        }
        return users.save(new User(email, fullName, null, locale, timeZone, roles)).toAccount();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(long userId) {
        return users.findById(userId).map(User::toAccount);
    }

    /**
     * @throws InvalidInputException if the language or time zone is not one Clientele knows
     * @throws RecordNotFoundException if there is no such user
     */
    @Transactional
    public UserAccount changePreferences(long userId, Preferences preferences) {
        List<FieldProblem> problems = new ArrayList<>();
        Locale locale = language(preferences.language(), problems);
        ZoneId zone = timeZone(preferences.timeZone(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        User user = existing(userId);
        user.changePreferences(preferences.fullName(), locale, zone);
        user.changePhoneExtension(preferences.phoneExtension());
        return user.toAccount();
    }

    private User existing(long userId) {
        return users.findById(userId).orElseThrow(() -> new RecordNotFoundException("User", userId));
    }

    private boolean lastActiveAdministrator(User user) {
        return user.isActive() && users.countActiveAdministrators() <= 1;
    }

    private static Locale language(String tag, List<FieldProblem> problems) {
        Locale requested = tag == null ? null : Locale.forLanguageTag(tag);
        Optional<Locale> supported = SupportedLanguages.ALL.stream()
                .filter(locale -> requested != null && locale.getLanguage().equals(requested.getLanguage()))
                .findFirst();
        if (supported.isEmpty()) {
            problems.add(new FieldProblem("language", "validation.language.unsupported"));
        }
        return supported.orElse(Locale.ENGLISH);
    }

    private static ZoneId timeZone(String id, List<FieldProblem> problems) {
        try {
            return ZoneId.of(id);
        }
        catch (DateTimeException | NullPointerException ex) {
            problems.add(new FieldProblem("timeZone", "validation.time-zone.unknown"));
            return ZoneId.of("UTC");
        }
    }
}
