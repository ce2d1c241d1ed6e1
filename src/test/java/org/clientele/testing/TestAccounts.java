package org.clientele.testing;

import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.clientele.identity.Role;
import org.clientele.identity.UserAccount;
import org.clientele.identity.UserManagement;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates users who can sign in, for tests that need someone other than the administrator. The
 * application itself only creates users without a password (an administrator sets one later),
 * so the password hash is written with the application's own encoder.
 */
public final class TestAccounts {

    private TestAccounts() {
    }

    /**
     * A new active user with a unique e-mail address, English, UTC and the given roles.
     *
     * @return the user and the password they sign in with
     */
    public static Account create(ApplicationContext context, String fullName, Set<Role> roles) {
        String email = "user-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + "@clientele.test";
        String password = "Test-User-Password-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        UserAccount account = context.getBean(UserManagement.class)
                .createWithoutPassword(email, fullName, Locale.ENGLISH, ZoneId.of("UTC"), roles);
        int updated = context.getBean(JdbcClient.class).sql("update users set password_hash = ? where id = ?")
                .params(context.getBean(PasswordEncoder.class).encode(password), account.id())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("Could not set the password of user " + account.id());
        }
        return new Account(account, password);
    }

    /** A user a test created, with their password. */
    public record Account(UserAccount user, String password) {

        public String email() {
            return user.email();
        }
    }
}
