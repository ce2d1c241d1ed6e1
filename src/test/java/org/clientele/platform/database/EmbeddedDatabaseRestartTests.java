package org.clientele.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.clientele.ClienteleApplication;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With no database configured, Clientele runs its own PostgreSQL in the data folder, stops it
 * cleanly on shutdown and finds its data again on the next start.
 */
class EmbeddedDatabaseRestartTests {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestart() {
        try (ConfigurableApplicationContext first = start("--clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
                "--clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD)) {
            assertThat(first.getBean(SetupStatus.class).isComplete()).isTrue();
        }
        assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid")))
                .as("the embedded server has stopped and released its data folder").isFalse();

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(SetupStatus.class).isComplete()).isTrue();
            assertThat(second.getBean(JdbcClient.class).sql("select email from users").query(String.class).list())
                    .containsExactly(TestUsers.ADMIN_EMAIL);
        }
    }

    private ConfigurableApplicationContext start(String... extraArguments) {
        String[] arguments = new String[extraArguments.length + 2];
        arguments[0] = "--clientele.data-dir=" + dataDir;
        arguments[1] = "--server.port=0";
        System.arraycopy(extraArguments, 0, arguments, 2, extraArguments.length);
        return new SpringApplicationBuilder(ClienteleApplication.class).run(arguments);
    }
}
