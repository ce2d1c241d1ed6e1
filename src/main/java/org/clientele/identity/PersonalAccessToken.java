package org.clientele.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A token a user made so that a program can call the API in their name. Only the SHA-256 hash of
 * the token is kept, and its first characters for display; the token itself is shown once.
 */
@Entity
@Table(name = "personal_access_tokens")
class PersonalAccessToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;

    private String name;

    private String tokenPrefix;

    private String tokenHash;

    /** Permission codes, separated by spaces. */
    private String scopes;

    private Instant expiresAt;

    private Instant createdAt;

    private Instant lastUsedAt;

    private Instant revokedAt;

    protected PersonalAccessToken() {
    }

    PersonalAccessToken(long userId, String name, TokenSecret secret, Collection<Permission> scopes, Instant expiresAt, Instant now) {
        this.userId = userId;
        this.name = name;
        this.tokenPrefix = secret.prefix();
        this.tokenHash = secret.hash();
        this.scopes = scopes.stream().sorted().map(Permission::code).collect(Collectors.joining(" "));
        this.expiresAt = expiresAt;
        this.createdAt = now;
    }

    /** Whether the token may still be used: neither revoked nor expired. */
    boolean usableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    /** Whether its use was noted after the given time already, so that noting it again can wait. */
    boolean useNotedAfter(Instant time) {
        return lastUsedAt != null && lastUsedAt.isAfter(time);
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** The scopes as permissions; codes Clientele no longer knows are left out. */
    Set<Permission> scopes() {
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        Arrays.stream(scopes.split(" "))
                .map(Permission::ofCode)
                .flatMap(Optional::stream)
                .forEach(permissions::add);
        return permissions;
    }

    PersonalAccessTokenView toView() {
        return new PersonalAccessTokenView(id, userId, name, tokenPrefix, List.copyOf(scopes()), expiresAt, createdAt, lastUsedAt);
    }

    Long getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    String getName() {
        return name;
    }

    String getTokenPrefix() {
        return tokenPrefix;
    }
}
