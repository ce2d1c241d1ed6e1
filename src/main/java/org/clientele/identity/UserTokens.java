package org.clientele.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use tokens for the links in invitation and password-reset mails. The clear token (32
 * random bytes, URL-safe Base64) is handed out once, for the link; the table holds only its
 * SHA-256, so a copy of the database opens no account.
 */
@Component
class UserTokens {

    enum Purpose { INVITATION, PASSWORD_RESET }

    private static final int TOKEN_BYTES = 32;

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    UserTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token for the user, valid for the given time; returns the clear token for the link. */
    String issue(long userId, Purpose purpose, Duration validFor) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        jdbc.sql("insert into user_tokens (user_id, purpose, token_hash, expires_at, created_at) values (?, ?, ?, ?, ?)")
                .params(userId, purpose.name(), hash(token), Timestamp.from(now.plus(validFor)), Timestamp.from(now))
                .update();
        return token;
    }

    /** The user a token that is unused and unexpired belongs to. */
    Optional<Long> userOf(String token, Purpose purpose) {
        return jdbc.sql("select user_id from user_tokens where token_hash = ? and purpose = ? and used_at is null and expires_at > ?")
                .params(hash(token), purpose.name(), Timestamp.from(Instant.now()))
                .query(Long.class)
                .optional();
    }

    /** Marks the token used; of two attempts at once, exactly one gets {@code true}. */
    boolean use(String token, Purpose purpose) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.sql("update user_tokens set used_at = ? where token_hash = ? and purpose = ? and used_at is null and expires_at > ?")
                .params(now, hash(token), purpose.name(), now)
                .update() == 1;
    }

    /** Removes the user's unused tokens for the purpose, so that their links stop working. */
    void revokeUnused(long userId, Purpose purpose) {
        jdbc.sql("delete from user_tokens where user_id = ? and purpose = ? and used_at is null")
                .params(userId, purpose.name())
                .update();
    }

    /** How many tokens for the purpose the user was sent within the given time. */
    int issuedWithin(long userId, Purpose purpose, Duration within) {
        return jdbc.sql("select count(*) from user_tokens where user_id = ? and purpose = ? and created_at > ?")
                .params(userId, purpose.name(), Timestamp.from(Instant.now().minus(within)))
                .query(Integer.class)
                .single();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }
}
