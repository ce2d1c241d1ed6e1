package org.clientele.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.clientele.platform.DatabaseVendor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tables of two-factor sign-in: one row per user with their sealed authenticator key, and
 * their recovery codes as SHA-256 hashes. Every change that must happen once (accepting a step,
 * using a recovery code) is a conditional {@code update} of which exactly one caller wins.
 */
@Component
class TwoFactorStore {

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    TwoFactorStore(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    Optional<Credential> find(long userId) {
        return jdbc.sql("select user_id, secret_sealed, created_at, enabled_at, last_used_step from user_two_factor where user_id = ?")
                .param(userId)
                .query(TwoFactorStore::credential)
                .optional();
    }

    boolean enabled(long userId) {
        return jdbc.sql("select count(*) from user_two_factor where user_id = ? and enabled_at is not null")
                .param(userId)
                .query(Integer.class)
                .single() > 0;
    }

    /** Keeps a new, unconfirmed key unless the user has a row already; of two callers at once, one wins. */
    void insertPendingIfAbsent(long userId, String sealedSecret, Instant now) {
        String insert = switch (vendor) {
            case POSTGRESQL -> "insert into user_two_factor (user_id, secret_sealed, created_at) values (?, ?, ?) "
                    + "on conflict (user_id) do nothing";
            case MYSQL -> "insert ignore into user_two_factor (user_id, secret_sealed, created_at) values (?, ?, ?)";
        };
        jdbc.sql(insert).params(userId, sealedSecret, Timestamp.from(now)).update();
    }

    /** Replaces an unconfirmed key, such as one that can no longer be opened. */
    void replacePending(long userId, String sealedSecret, Instant now) {
        jdbc.sql("update user_two_factor set secret_sealed = ?, created_at = ? where user_id = ? and enabled_at is null")
                .params(sealedSecret, Timestamp.from(now), userId)
                .update();
    }

    /**
     * Switches two-factor sign-in on with the step of the code that confirmed it.
     *
     * @return whether this call switched it on
     */
    boolean enable(long userId, long step, Instant now) {
        return jdbc.sql("update user_two_factor set enabled_at = ?, last_used_step = ? where user_id = ? and enabled_at is null")
                .params(Timestamp.from(now), step, userId)
                .update() == 1;
    }

    /**
     * Records that a code of the given step was accepted.
     *
     * @return {@code false} if that step or a later one was used already, so the code must be refused
     */
    boolean useStep(long userId, long step) {
        return jdbc.sql("""
                        update user_two_factor set last_used_step = ?
                        where user_id = ? and enabled_at is not null and (last_used_step is null or last_used_step < ?)
                        """)
                .params(step, userId, step)
                .update() == 1;
    }

    /** Removes the key and the recovery codes: two-factor sign-in is off. */
    void delete(long userId) {
        jdbc.sql("delete from user_recovery_codes where user_id = ?").param(userId).update();
        jdbc.sql("delete from user_two_factor where user_id = ?").param(userId).update();
    }

    void replaceRecoveryCodes(long userId, List<String> hashes, Instant now) {
        jdbc.sql("delete from user_recovery_codes where user_id = ?").param(userId).update();
        for (String hash : hashes) {
            jdbc.sql("insert into user_recovery_codes (user_id, code_hash, created_at) values (?, ?, ?)")
                    .params(userId, hash, Timestamp.from(now))
                    .update();
        }
    }

    /** @return whether the code was unused until now; of two attempts at once, exactly one gets {@code true} */
    boolean useRecoveryCode(long userId, String hash, Instant now) {
        return jdbc.sql("update user_recovery_codes set used_at = ? where user_id = ? and code_hash = ? and used_at is null")
                .params(Timestamp.from(now), userId, hash)
                .update() == 1;
    }

    int recoveryCodesLeft(long userId) {
        return jdbc.sql("select count(*) from user_recovery_codes where user_id = ? and used_at is null")
                .param(userId)
                .query(Integer.class)
                .single();
    }

    private static Credential credential(ResultSet rs, int row) throws SQLException {
        Timestamp enabledAt = rs.getTimestamp("enabled_at");
        long step = rs.getLong("last_used_step");
        Long lastUsedStep = rs.wasNull() ? null : step;
        return new Credential(rs.getLong("user_id"), rs.getString("secret_sealed"), rs.getTimestamp("created_at").toInstant(),
                enabledAt == null ? null : enabledAt.toInstant(), lastUsedStep);
    }

    /** One user's row; {@code enabledAt} is {@code null} until the user confirmed the key with a code. */
    record Credential(long userId, String sealedSecret, Instant createdAt, Instant enabledAt, Long lastUsedStep) {

        boolean isEnabled() {
            return enabledAt != null;
        }

        /** Never shows the sealed key, should the record end up in a log. */
        @Override
        public String toString() {
            return "Credential[" + userId + (isEnabled() ? ", enabled" : ", pending") + "]";
        }
    }
}
