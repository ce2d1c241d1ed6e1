package org.clientele.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.clientele.platform.DatabaseVendor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one {@link DataSource}: the embedded PostgreSQL unless
 * {@code CLIENTELE_DB_URL} names an external server, which is checked once before the pool is
 * built so that a wrong password or host fails start-up with a clear message.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class DatabaseConfiguration {

    private static final int LOGIN_TIMEOUT_SECONDS = 15;

    @Bean(destroyMethod = "close")
    EmbeddedPostgresHolder embeddedPostgres(DatabaseSettings settings, @Value("${clientele.data-dir:./data}") Path dataDir) {
        return settings.external()
                ? EmbeddedPostgresHolder.none()
                : EmbeddedPostgresHolder.of(EmbeddedPostgresServer.start(dataDir, settings.embeddedPort(),
                        EmbeddedPostgresMemory.sharedBuffers(settings.embeddedSharedBuffers())));
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DatabaseSettings settings, DatabaseVendor vendor, EmbeddedPostgresHolder embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        if (settings.external()) {
            checkConnection(settings);
            dataSource.setJdbcUrl(settings.url());
            dataSource.setUsername(settings.user());
            dataSource.setPassword(settings.password());
        }
        else {
            dataSource.setJdbcUrl(embedded.server().jdbcUrl());
            dataSource.setUsername(embedded.server().user());
        }
        dataSource.setPoolName("clientele");
        return dataSource;
    }

    /** MySQL and MariaDB share one migration history; PostgreSQL has its own. */
    @Bean
    FlywayConfigurationCustomizer migrationsPerVendor(DatabaseVendor vendor) {
        return configuration -> configuration.locations("classpath:db/migration/" + vendor.name().toLowerCase(Locale.ROOT));
    }

    /** Resolved before any connection is tried, so that an unsupported URL is reported as such. */
    @Bean
    DatabaseVendor databaseVendor(DatabaseSettings settings) {
        if (!settings.external()) {
            return DatabaseVendor.POSTGRESQL;
        }
        return switch (DatabaseDriver.fromJdbcUrl(settings.url())) {
            case POSTGRESQL -> DatabaseVendor.POSTGRESQL;
            case MYSQL, MARIADB -> DatabaseVendor.MYSQL;
            default -> throw new UnsupportedDatabaseException(DatabaseUnavailableException.withoutParameters(settings.url()));
        };
    }

    private static void checkConnection(DatabaseSettings settings) {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        try (Connection connection = DriverManager.getConnection(settings.url(), properties)) {
            connection.isValid(LOGIN_TIMEOUT_SECONDS);
        }
        catch (SQLException ex) {
            throw new DatabaseUnavailableException(settings.url(), ex);
        }
    }
}
