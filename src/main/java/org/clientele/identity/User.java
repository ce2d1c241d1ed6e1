package org.clientele.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** Someone who signs in to Clientele. */
@Entity
@Table(name = "users")
@Audited
class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String email;

    private String fullName;

    @NotAudited
    private String passwordHash;

    private String locale;

    private String timeZone;

    private String phoneExtension;

    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @NotAudited
    private boolean passwordChangeRequired;

    @NotAudited
    private int failedLogins;

    @NotAudited
    private Instant lockedUntil;

    @NotAudited
    private Instant lastLoginAt;

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    protected User() {
    }

    User(String email, String fullName, String passwordHash, Locale locale, ZoneId timeZone, Set<Role> roles) {
        this.email = normalizeEmail(email);
        this.fullName = fullName.strip();
        this.passwordHash = passwordHash;
        this.locale = locale.toLanguageTag();
        this.timeZone = timeZone.getId();
        this.active = true;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    void changePreferences(String fullName, Locale locale, ZoneId timeZone) {
        this.fullName = fullName.strip();
        this.locale = locale.toLanguageTag();
        this.timeZone = timeZone.getId();
        this.updatedAt = Instant.now();
    }

    /** @param phoneExtension digits, {@code *} and {@code #}, or {@code null} or blank for none */
    void changePhoneExtension(String phoneExtension) {
        this.phoneExtension = phoneExtension == null || phoneExtension.isBlank() ? null : phoneExtension.strip();
        this.updatedAt = Instant.now();
    }

    void changeProfile(String fullName, Locale locale, ZoneId timeZone, Set<Role> roles) {
        changePreferences(fullName, locale, timeZone);
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** Sets a new password hash; a temporary one must be replaced at the next sign-in. */
    void changePassword(String passwordHash, boolean temporary) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = temporary;
        this.updatedAt = Instant.now();
    }

    /**
     * Sets the password the user chose through a link sent by mail (invitation or reset): it is
     * their own, and any lockout from earlier failed sign-ins ends.
     */
    void setChosenPassword(String passwordHash) {
        changePassword(passwordHash, false);
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    boolean hasPassword() {
        return passwordHash != null;
    }

    /** The password was chosen by an administrator; the user must choose their own at the next sign-in. */
    void requirePasswordChange() {
        this.passwordChangeRequired = true;
    }

    void deactivate() {
        this.active = false;
        this.updatedAt = Instant.now();
    }

    void reactivate() {
        this.active = true;
        this.failedLogins = 0;
        this.lockedUntil = null;
        this.updatedAt = Instant.now();
    }

    /**
     * Counts a wrong password; at the limit the account locks for the given time.
     *
     * @return whether this failure locked the account
     */
    boolean recordFailedLogin(Instant now, int limit, Duration lockFor) {
        failedLogins++;
        if (failedLogins >= limit) {
            failedLogins = 0;
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    UserAccount toAccount() {
        return new UserAccount(id, email, fullName, Locale.forLanguageTag(locale), ZoneId.of(timeZone), active, Set.copyOf(roles),
                createdAt, lastLoginAt, phoneExtension);
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getFullName() {
        return fullName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isActive() {
        return active;
    }

    Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    Set<Role> getRoles() {
        return roles;
    }

    /** Every permission of every role the user holds. */
    Set<Permission> permissions() {
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> permissions.addAll(role.permissions()));
        return permissions;
    }

    boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }
}
