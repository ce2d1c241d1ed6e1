package org.clientele.identity;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.clientele.platform.SignedInUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security keeps it in the session or builds it from a bearer token. */
final class ClienteleUserDetails implements UserDetails, SignedInUser, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * The authorities of each set of roles, worked out once: the API builds a user on every call,
     * and an administrator's roles grant dozens of permissions.
     */
    private static final Map<Set<Role>, Set<SimpleGrantedAuthority>> AUTHORITIES_OF_ROLES = new ConcurrentHashMap<>();

    private final long userId;
    private final String email;
    private final String displayName;
    private String passwordHash;
    private final Locale locale;
    private final ZoneId timeZone;
    private final boolean active;
    private final boolean locked;
    private final boolean passwordChangeRequired;
    private final Set<SimpleGrantedAuthority> authorities;
    /** The roles as read from the database for this very API call; never kept in a session, where they may grow stale. */
    private final transient Set<Role> rolesReadForThisCall;
    /** The teams the user was in when read for this very API call, as read (not sorted); never kept in a session either. */
    private final transient List<UserTeam> teamsReadForThisCall;

    private ClienteleUserDetails(User user) {
        this(user.getId(), user.getEmail(), user.getFullName(), user.getPasswordHash(), user.getLocale(), user.getTimeZone(),
                user.isActive(), user.lockedAt(Instant.now()), user.isPasswordChangeRequired(), user.getRoles(), null, null);
    }

    private ClienteleUserDetails(long userId, String email, String displayName, String passwordHash, Locale locale,
            ZoneId timeZone, boolean active, boolean locked, boolean passwordChangeRequired, Set<Role> roles, Set<Role> rolesReadForThisCall,
            List<UserTeam> teamsReadForThisCall) {
        this.userId = userId;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.locale = locale;
        this.timeZone = timeZone;
        this.active = active;
        this.locked = locked;
        this.passwordChangeRequired = passwordChangeRequired;
        this.authorities = authoritiesOf(roles);
        this.rolesReadForThisCall = rolesReadForThisCall;
        this.teamsReadForThisCall = teamsReadForThisCall;
    }

    private ClienteleUserDetails(ClienteleUserDetails user, Set<SimpleGrantedAuthority> authorities) {
        this.userId = user.userId;
        this.email = user.email;
        this.displayName = user.displayName;
        this.passwordHash = user.passwordHash;
        this.locale = user.locale;
        this.timeZone = user.timeZone;
        this.active = user.active;
        this.locked = user.locked;
        this.passwordChangeRequired = user.passwordChangeRequired;
        this.authorities = Set.copyOf(authorities);
        this.rolesReadForThisCall = user.rolesReadForThisCall;
        this.teamsReadForThisCall = user.teamsReadForThisCall;
    }

    static ClienteleUserDetails of(User user) {
        return new ClienteleUserDetails(user);
    }

    /** The user as {@link ApiCallers} reads them, with their roles and teams but without their password hash. */
    static ClienteleUserDetails of(long userId, String email, String fullName, String languageTag, String timeZone,
            boolean active, Instant lockedUntil, boolean passwordChangeRequired, Set<Role> roles, List<UserTeam> teams) {
        return new ClienteleUserDetails(userId, email, fullName, null, Locale.forLanguageTag(languageTag), ZoneId.of(timeZone),
                active, lockedUntil != null && lockedUntil.isAfter(Instant.now()), passwordChangeRequired, roles, Set.copyOf(roles),
                List.copyOf(teams));
    }

    /** The signed-in user when they are an API caller whose roles and teams were read for the current call. */
    static Optional<ClienteleUserDetails> callerReadForThisCall() {
        return SignedInUser.current()
                .filter(user -> user instanceof ClienteleUserDetails details && details.teamsReadForThisCall != null
                        && details.rolesReadForThisCall != null)
                .map(ClienteleUserDetails.class::cast);
    }

    /** The teams of the given user when they are the signed-in API caller and their teams were read for the current call. */
    static Optional<List<UserTeam>> callersTeamsReadForThisCall(long userId) {
        return callerReadForThisCall().filter(user -> user.userId == userId).map(user -> user.teamsReadForThisCall);
    }

    /**
     * The same user with only those of their permissions that are among the given ones, and none
     * of their role authorities: what a personal access token with these scopes may do.
     */
    ClienteleUserDetails limitedTo(Set<Permission> scopes) {
        Set<SimpleGrantedAuthority> limited = new LinkedHashSet<>();
        for (Permission permission : scopes) {
            SimpleGrantedAuthority authority = new SimpleGrantedAuthority(permission.code());
            if (authorities.contains(authority)) {
                limited.add(authority);
            }
        }
        return new ClienteleUserDetails(this, limited);
    }

    private static Set<SimpleGrantedAuthority> authoritiesOf(Set<Role> roles) {
        return AUTHORITIES_OF_ROLES.computeIfAbsent(Set.copyOf(roles), ClienteleUserDetails::grantedTo);
    }

    private static Set<SimpleGrantedAuthority> grantedTo(Set<Role> roles) {
        Set<SimpleGrantedAuthority> authorities = new LinkedHashSet<>();
        for (Role role : roles) {
            authorities.add(new SimpleGrantedAuthority(role.authority()));
            role.permissions().forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission.code())));
        }
        return Set.copyOf(authorities);
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public ZoneId timeZone() {
        return timeZone;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    /** The roles the user holds, as their role authorities name them; none for a personal access token. */
    Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (authorities.contains(new SimpleGrantedAuthority(role.authority()))) {
                roles.add(role);
            }
        }
        return roles;
    }

    /**
     * The user's roles when they were read for the current API call, which record visibility may
     * then use instead of reading them again; empty for a user kept in a web session. A personal
     * access token limits the permissions, not the roles: what the user may see stays the same.
     */
    Optional<Set<Role>> rolesReadForThisCall() {
        return Optional.ofNullable(rolesReadForThisCall);
    }

    /**
     * The user's teams, as read, when they were read for the current API call with the user;
     * empty for a user kept in a web session.
     */
    Optional<List<UserTeam>> teamsReadForThisCall() {
        return Optional.ofNullable(teamsReadForThisCall);
    }

    /** Whether the user signed in with a temporary password and must choose their own first. */
    boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClienteleUserDetails that && that.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "ClienteleUserDetails[" + userId + "]";
    }
}
