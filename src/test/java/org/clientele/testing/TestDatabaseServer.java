package org.clientele.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database server tests may create their own databases on. Every database it creates is named
 * {@code clientele_test_<random>} and dropped when the JVM ends, so that concurrent runs never
 * share one.
 */
final class TestDatabaseServer {

    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:[a-z]+://[^/?]+)/?([^?]*)(\\?.*)?$");

    private final String base;
    private final String adminDatabase;
    private final String parameters;
    private final boolean postgres;
    private final List<String> created = new CopyOnWriteArrayList<>();

    private TestDatabaseServer(String serverUrl) {
        Matcher matcher = JDBC_URL.matcher(serverUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a JDBC URL of the form jdbc:<vendor>://host:port/[database][?parameters]: " + serverUrl);
        }
        this.base = matcher.group(1);
        this.postgres = base.startsWith("jdbc:postgresql:");
        this.adminDatabase = matcher.group(2).isEmpty() && postgres ? "postgres" : matcher.group(2);
        this.parameters = matcher.group(3) == null ? "" : matcher.group(3);
        Runtime.getRuntime().addShutdownHook(new Thread(this::dropAll, "drop-test-databases"));
    }

    static TestDatabaseServer at(String serverUrl) {
        return new TestDatabaseServer(serverUrl);
    }

    TestDatabase createDatabase() {
        String name = "clientele_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        execute(postgres ? "create database " + name + " encoding 'UTF8'"
                : "create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
        created.add(name);
        return new TestDatabase(base + "/" + name + parameters, name);
    }

    /** Checks that the server answers, with a message that says which setting to fix if not. */
    void verifyReachable(String setting) {
        try (Connection ignored = DriverManager.getConnection(adminUrl())) {
            // reachable
        }
        catch (SQLException ex) {
            throw new IllegalStateException(setting + " points at a database server that cannot be used: " + ex.getMessage(), ex);
        }
    }

    /** Whether this server made the database; from now on its owner drops it, not the JVM exit. */
    boolean disown(TestDatabase database) {
        return created.remove(database.name());
    }

    void drop(TestDatabase database) {
        drop(database.name());
    }

    /** At JVM exit: the databases nobody took responsibility for. */
    private void dropAll() {
        List.copyOf(created).forEach(this::drop);
    }

    private void drop(String name) {
        try {
            execute(postgres ? "drop database if exists " + name + " with (force)" : "drop database if exists " + name);
        }
        catch (RuntimeException ex) {
            System.err.println("Could not drop test database " + name + ": " + ex.getMessage());
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not run '" + sql.toLowerCase(Locale.ROOT) + "' on " + base + ": " + ex.getMessage(), ex);
        }
    }

    private String adminUrl() {
        return base + "/" + adminDatabase + parameters;
    }
}
