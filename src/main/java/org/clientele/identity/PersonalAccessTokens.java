package org.clientele.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.clientele.shared.Cursor;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: users make them for scripts and other programs, which send them as
 * {@code Authorization: Bearer clt_…}. A token is shown once and kept only as a hash; it does at
 * most what its scopes and its owner's current permissions both allow, until it expires or is
 * revoked.
 */
@Service
public class PersonalAccessTokens {

    /** Lists are newest first; this is the only sort. */
    public static final String DEFAULT_SORT = "-createdAt";
    public static final int NAME_LENGTH = 100;
    private static final Period LONGEST_LIFETIME = Period.ofYears(1);

    private final PersonalAccessTokenRepository tokens;
    private final Users users;
    private final SecurityLog securityLog;

    PersonalAccessTokens(PersonalAccessTokenRepository tokens, Users users, SecurityLog securityLog) {
        this.tokens = tokens;
        this.users = users;
        this.securityLog = securityLog;
    }

    /**
     * Makes a token for the user. The result holds the token in clear; it cannot be had again.
     * A caller who presented a personal access token may not make another, so that a leaked token
     * cannot outlive its own expiry or revocation.
     *
     * @throws AccessDeniedException if the caller authenticated with a personal access token
     * @throws InvalidInputException naming each field at fault
     * @throws RecordNotFoundException if there is no such active user
     */
    @Transactional
    public CreatedPersonalAccessToken create(long userId, NewPersonalAccessToken request) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PersonalAccessTokenAuthentication) {
            throw new AccessDeniedException("A personal access token cannot make another");
        }
        User owner = users.findById(userId).filter(User::isActive).orElseThrow(() -> new RecordNotFoundException("User", userId));
        Instant now = Instant.now();
        List<FieldProblem> problems = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "NotBlank"));
        }
        else if (name.length() > NAME_LENGTH) {
            problems.add(new FieldProblem("name", "validation.token.name-too-long", NAME_LENGTH));
        }
        Set<Permission> scopes = scopes(request.scopes(), owner.permissions(), problems);
        checkExpiry(request.expiresAt(), now, owner.getTimeZone(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        TokenSecret secret = TokenSecret.generate();
        PersonalAccessToken token = tokens.save(new PersonalAccessToken(userId, name, secret, scopes, request.expiresAt(), now));
        PersonalAccessTokenView view = token.toView();
        securityLog.record(SecurityEventType.TOKEN_CREATED, userId, owner.getEmail(), describe(view)
                + " scopes " + String.join(" ", view.scopes().stream().map(Permission::code).toList())
                + " expires " + view.expiresAt());
        return new CreatedPersonalAccessToken(view, secret.value());
    }

    /** The permissions a user may give a token, in their usual order: those they hold. */
    @Transactional(readOnly = true)
    public List<Permission> grantableScopes(long userId) {
        return users.findById(userId).map(user -> List.copyOf(user.permissions())).orElse(List.of());
    }

    /** The latest day a token made today may expire on, in the user's time zone: one year ahead. */
    public static LocalDate latestExpiryDate(ZoneId zone) {
        return LocalDate.now(zone).plus(LONGEST_LIFETIME);
    }

    /** A user's tokens that are not revoked, expired ones included, newest first. */
    @Transactional(readOnly = true)
    public CursorPage<PersonalAccessTokenView> list(long userId, PageRequest page) {
        if (!DEFAULT_SORT.equals(page.sort())) {
            throw InvalidInputException.of("sort", "validation.sort.unknown", DEFAULT_SORT);
        }
        Limit limit = Limit.of(page.rowsToRead());
        List<PersonalAccessToken> rows = page.after() == null
                ? tokens.findByUserIdAndRevokedAtIsNullOrderByIdDesc(userId, limit)
                : tokens.findByUserIdAndRevokedAtIsNullAndIdLessThanOrderByIdDesc(userId, cursorId(page.after()), limit);
        return CursorPage.from(rows.stream().map(PersonalAccessToken::toView).toList(), page,
                token -> Cursor.of(DEFAULT_SORT, Long.toString(token.id())));
    }

    /** Any user's tokens that are not revoked, newest first; for administrators. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('users:admin')")
    public CursorPage<PersonalAccessTokenView> listAny(long userId, PageRequest page) {
        return list(userId, page);
    }

    /** One of the user's own tokens, unless it was revoked. */
    @Transactional(readOnly = true)
    public Optional<PersonalAccessTokenView> findOwn(long userId, long tokenId) {
        return tokens.findById(tokenId).filter(token -> token.getUserId() == userId && !token.isRevoked())
                .map(PersonalAccessToken::toView);
    }

    /** Any user's token, unless it was revoked; for administrators. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('users:admin')")
    public Optional<PersonalAccessTokenView> findAny(long tokenId) {
        return tokens.findById(tokenId).filter(token -> !token.isRevoked()).map(PersonalAccessToken::toView);
    }

    /**
     * Revokes one of the user's own tokens; it stops working at once.
     *
     * @throws RecordNotFoundException if the user has no such token, or it was revoked already
     */
    @Transactional
    public void revokeOwn(long userId, long tokenId) {
        revoke(tokens.findById(tokenId).filter(token -> token.getUserId() == userId && !token.isRevoked())
                .orElseThrow(() -> new RecordNotFoundException("PersonalAccessToken", tokenId)), userId);
    }

    /**
     * Revokes any user's token, for administrators; it stops working at once.
     *
     * @throws RecordNotFoundException if there is no such token, or it was revoked already
     */
    @Transactional
    @PreAuthorize("hasAuthority('users:admin')")
    public void revokeAny(long tokenId, long actingUserId) {
        revoke(tokens.findById(tokenId).filter(token -> !token.isRevoked())
                .orElseThrow(() -> new RecordNotFoundException("PersonalAccessToken", tokenId)), actingUserId);
    }

    private void revoke(PersonalAccessToken token, long actingUserId) {
        token.revoke(Instant.now());
        String email = users.findById(token.getUserId()).map(User::getEmail).orElse(null);
        String detail = describe(token.toView()) + (actingUserId == token.getUserId() ? "" : " by user " + actingUserId);
        securityLog.record(SecurityEventType.TOKEN_REVOKED, token.getUserId(), email, detail);
    }

    private static Set<Permission> scopes(Set<String> codes, Set<Permission> held, List<FieldProblem> problems) {
        Set<Permission> scopes = EnumSet.noneOf(Permission.class);
        Set<String> refused = new TreeSet<>();
        for (String code : codes == null ? Set.<String>of() : codes) {
            Optional<Permission> permission = Permission.ofCode(code == null ? "" : code.strip());
            if (permission.isPresent() && held.contains(permission.get())) {
                scopes.add(permission.get());
            }
            else {
                refused.add(String.valueOf(code));
            }
        }
        if (!refused.isEmpty()) {
            problems.add(new FieldProblem("scopes", "validation.token.scope-not-held", String.join(", ", refused)));
        }
        else if (scopes.isEmpty()) {
            problems.add(new FieldProblem("scopes", "validation.token.scopes-empty"));
        }
        return scopes;
    }

    /** In the future, and at most one year ahead. */
    private static void checkExpiry(Instant expiresAt, Instant now, ZoneId zone, List<FieldProblem> problems) {
        if (expiresAt == null) {
            problems.add(new FieldProblem("expiresAt", "validation.token.expiry-required"));
        }
        else if (!expiresAt.isAfter(now)) {
            problems.add(new FieldProblem("expiresAt", "validation.token.expiry-past"));
        }
        else if (expiresAt.isAfter(now.atZone(zone).plus(LONGEST_LIFETIME).toInstant())) {
            problems.add(new FieldProblem("expiresAt", "validation.token.expiry-too-late", latestExpiryDate(zone).toString()));
        }
    }

    private static long cursorId(Cursor cursor) {
        try {
            return Long.parseLong(cursor.values().get(0));
        }
        catch (NumberFormatException ex) {
            throw InvalidInputException.of("cursor", "validation.cursor.invalid");
        }
    }

    private static String describe(PersonalAccessTokenView token) {
        return "token " + token.prefix() + " \"" + token.name() + "\"";
    }
}
