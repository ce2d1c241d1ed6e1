package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.clientele.ClienteleApplication;
import org.clientele.customers.ImportManagement.Importer;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.TestDatabase;
import org.clientele.testing.TestDatabases;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An import whose node shuts down after some chunks have committed goes on, on the next node to
 * start with the same database, from its checkpoint: every row once, none twice.
 */
class ImportResumeTests {

    private static final int ROWS = 20_000;
    private static final int CHUNK = 500;

    @TempDir
    Path directory;

    @Test
    void anImportStoppedMidwayResumesOnTheNextStartWithoutDuplicates() {
        TestDatabase database = TestDatabases.postgres();
        String tag = ApiCalls.unique();
        Path file = ImportFiles.csv(directory, "resume.csv", StandardCharsets.UTF_8, ',', List.of("First Name", "Last Name", "Email"),
                ROWS, i -> List.of("R" + i, tag, "r" + i + "@" + tag + ".example"));
        AtomicInteger chunks = new AtomicInteger();
        AtomicBoolean stopped = new AtomicBoolean();
        long id;

        ConfigurableApplicationContext first = start(database, context -> ApplicationListener.<ImportChunkDone>forPayload(chunk -> {
            if (chunks.incrementAndGet() == 3) {
                Thread closing = new Thread(() -> {
                    context.close();
                    stopped.set(true);
                }, "stop-first-node");
                closing.start();
                Scheduler scheduler = context.getBean(Scheduler.class);
                await().atMost(Duration.ofMinutes(1)).until(() -> scheduler.getSchedulerState().isShuttingDown());
            }
        }));
        ImportManagement imports = first.getBean(ImportManagement.class);
        Importer importer = new Importer(first.getBean(SetupStatus.class).firstAdministratorId().orElseThrow(), true, Locale.ENGLISH);
        ImportView uploaded = imports.upload(importer, "resume.csv", file);
        id = uploaded.id();
        imports.start(importer, id, uploaded.mapping(), ImportOnMatch.SKIP, false);
        await().atMost(Duration.ofMinutes(2)).untilTrue(stopped);

        ConfigurableApplicationContext second = start(database, context -> ApplicationListener.<ImportChunkDone>forPayload(chunk -> { }));
        try {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select lines_done from customer_imports where id = ?").param(id).query(Integer.class).single())
                    .as("the first node stopped after some chunks, before the end").isBetween(3 * CHUNK, ROWS);
            await().atMost(Duration.ofMinutes(2)).until(() -> "DONE".equals(
                    jdbc.sql("select status from customer_imports where id = ?").param(id).query(String.class).single()));

            assertThat(jdbc.sql("select created from customer_imports where id = ?").param(id).query(Integer.class).single())
                    .isEqualTo(ROWS);
            assertThat(jdbc.sql("select count(*) from contacts where last_name = ?").param(tag).query(Long.class).single())
                    .as("every row once").isEqualTo(ROWS);
            assertThat(jdbc.sql("select count(distinct email) from contacts where last_name = ?").param(tag).query(Long.class).single())
                    .as("none twice").isEqualTo(ROWS);
            assertThat(jdbc.sql("select count(*) from customer_import_items where import_id = ?").param(id).query(Long.class).single())
                    .isEqualTo(ROWS);
        }
        finally {
            second.close();
        }
    }

    private static ConfigurableApplicationContext start(TestDatabase database,
            java.util.function.Function<ConfigurableApplicationContext, ApplicationListener<?>> listener) {
        return new SpringApplicationBuilder(ClienteleApplication.class)
                .initializers(context -> context.addApplicationListener(listener.apply(context)))
                .run("--clientele.db.url=" + database.url(), "--server.port=0", "--clientele.imports.chunk-size=" + CHUNK,
                        "--clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
                        "--clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD,
                        "--clientele.bootstrap-admin.name=" + TestUsers.ADMIN_NAME);
    }
}
