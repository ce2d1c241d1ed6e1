package org.clientele.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.clientele.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, started with settings that cannot work, stops with a non-zero exit and one
 * line that names what to change, and no stack trace.
 */
class StartupFailureIT {

    private static final Path JAR = Path.of(System.getProperty("clientele.jar", "target/clientele.jar"));

    @TempDir
    Path dataDir;

    @Test
    void unknownDatabaseUserNamesTheCredentialSettings() throws Exception {
        String url = withoutParameters(TestDatabases.postgres().url());

        Outcome outcome = run(Map.of("CLIENTELE_DB_URL", url, "CLIENTELE_DB_USER", "no_such_role_here"));

        outcome.assertOneLineFailure("CLIENTELE_DB_USER and CLIENTELE_DB_PASSWORD");
    }

    @Test
    void wrongMariaDbPasswordNamesTheCredentialSettings() throws Exception {
        String url = withoutParameters(TestDatabases.mariadb().url());

        Outcome outcome = run(Map.of("CLIENTELE_DB_URL", url, "CLIENTELE_DB_USER", "root",
                "CLIENTELE_DB_PASSWORD", "certainly-not-the-password"));

        outcome.assertOneLineFailure("CLIENTELE_DB_USER and CLIENTELE_DB_PASSWORD");
    }

    @Test
    void unreachableDatabaseNamesTheUrlSetting() throws Exception {
        Outcome outcome = run(Map.of("CLIENTELE_DB_URL", "jdbc:postgresql://127.0.0.1:1/clientele", "CLIENTELE_DB_USER", "clientele"));

        outcome.assertOneLineFailure("cannot be reached");
        outcome.assertOneLineFailure("CLIENTELE_DB_URL");
    }

    @Test
    void unsupportedDatabaseNamesTheUrlSetting() throws Exception {
        Outcome outcome = run(Map.of("CLIENTELE_DB_URL", "jdbc:sqlserver://127.0.0.1:1433;databaseName=crm"));

        outcome.assertOneLineFailure("CLIENTELE_DB_URL must point at PostgreSQL, MySQL or MariaDB");
    }

    @Test
    void malformedEncryptionKeyNamesTheSettingAndHowToMakeOne() throws Exception {
        Outcome outcome = run(Map.of("CLIENTELE_DB_URL", TestDatabases.postgres().url(), "CLIENTELE_ENCRYPTION_KEY", "too-short"));

        outcome.assertOneLineFailure("CLIENTELE_ENCRYPTION_KEY");
        outcome.assertOneLineFailure("openssl rand -base64 32");
    }

    @Test
    void portInUseNamesThePort() throws Exception {
        String url = TestDatabases.postgres().url();
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(0));
            int port = busy.getLocalPort();

            Outcome outcome = run(Map.of("CLIENTELE_DB_URL", url, "SERVER_PORT", Integer.toString(port)));

            outcome.assertOneLineFailure("Port " + port + " is already in use");
            outcome.assertOneLineFailure("SERVER_PORT");
        }
    }

    private Outcome run(Map<String, String> environment) throws IOException, InterruptedException {
        assertThat(JAR).as("the packaged application (run ./mvnw verify)").exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toString(), "--spring.main.banner-mode=off",
                "--clientele.data-dir=" + dataDir)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("output.log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CLIENTELE_") || name.equals("SERVER_PORT"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(6, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("The application neither started nor stopped within 6 minutes");
        }
        return new Outcome(process.exitValue(), Files.readAllLines(dataDir.resolve("output.log"), StandardCharsets.UTF_8));
    }

    private static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private record Outcome(int exitCode, List<String> lines) {

        void assertOneLineFailure(String expected) {
            List<String> failures = new ArrayList<>(lines.stream().filter(line -> line.startsWith("Clientele could not start:")).toList());
            assertThat(exitCode).as("exit code").isNotZero();
            assertThat(failures).as("the failure line in:%n%s", String.join("\n", lines)).hasSize(1);
            assertThat(failures.get(0)).contains(expected);
            assertThat(lines).as("no stack trace").noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception"));
        }
    }
}
