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
 * With no database configured, Clientele runs its own PostgreSQL in the data folder, with its cache
 * sized to the machine (or as configured) and commits that wait for the disk, stops it cleanly on
 * shutdown and finds its data again on the next start.
 */
class EmbeddedDatabaseRestartTests {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestart() {
        try (ConfigurableApplicationContext first = start("--clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
                "--clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD)) {
            assertThat(first.getBean(SetupStatus.class).isComplete()).isTrue();
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(sharedBuffersMegabytes(jdbc)).as("sized to the machine")
                    .isEqualTo(Long.parseLong(EmbeddedPostgresMemory.sharedBuffers("auto").replace("MB", "")));
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).as("a commit waits for the disk").isEqualTo("on");
        }
        assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid")))
                .as("the embedded server has stopped and released its data folder").isFalse();

        try (ConfigurableApplicationContext second = start("--clientele.db.embedded-shared-buffers=256MB")) {
            assertThat(second.getBean(SetupStatus.class).isComplete()).isTrue();
            assertThat(sharedBuffersMegabytes(second.getBean(JdbcClient.class))).as("as configured").isEqualTo(256);
            assertThat(second.getBean(JdbcClient.class).sql("select email from users").query(String.class).list())
                    .containsExactly(TestUsers.ADMIN_EMAIL);
        }
    }

    private static long sharedBuffersMegabytes(JdbcClient jdbc) {
        return jdbc.sql("select setting::bigint * 8192 / 1048576 from pg_settings where name = 'shared_buffers'").query(Long.class).single();
    }

    private ConfigurableApplicationContext start(String... extraArguments) {
        String[] arguments = new String[extraArguments.length + 2];
        arguments[0] = "--clientele.data-dir=" + dataDir;
        arguments[1] = "--server.port=0";
        System.arraycopy(extraArguments, 0, arguments, 2, extraArguments.length);
        return new SpringApplicationBuilder(ClienteleApplication.class).run(arguments);
    }
}
