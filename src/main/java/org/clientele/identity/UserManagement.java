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

    UserManagement(Users users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            SystemSettings settings, ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.settings = settings;
        this.events = events;
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
        User user = users.findById(userId).orElseThrow(() -> new RecordNotFoundException("User", userId));
        user.changePreferences(preferences.fullName(), locale, zone);
        return user.toAccount();
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
