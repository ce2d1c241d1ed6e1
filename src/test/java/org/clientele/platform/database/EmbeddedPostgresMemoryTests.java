package org.clientele.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The embedded PostgreSQL's cache is sized to the machine, or as the setting says, and a setting it cannot use stops the start. */
class EmbeddedPostgresMemoryTests {

    private static final long GB = 1024L * 1024 * 1024;

    @Test
    void autoTakesAnEighthOfTheMachinesMemoryWithinBounds() {
        assertThat(EmbeddedPostgresMemory.sharedBuffers("auto", 4 * GB)).isEqualTo("512MB");
        assertThat(EmbeddedPostgresMemory.sharedBuffers("AUTO", 24 * GB)).isEqualTo("2048MB");
        assertThat(EmbeddedPostgresMemory.sharedBuffers("auto", GB / 2)).as("never below PostgreSQL's default").isEqualTo("128MB");
        assertThat(EmbeddedPostgresMemory.sharedBuffers("auto", 0)).as("memory unknown").isEqualTo("128MB");
        assertThat(EmbeddedPostgresMemory.sharedBuffers(null, 8 * GB)).isEqualTo("1024MB");
    }

    @Test
    void aSizeIsTakenAsWritten() {
        assertThat(EmbeddedPostgresMemory.sharedBuffers("512mb", 4 * GB)).isEqualTo("512MB");
        assertThat(EmbeddedPostgresMemory.sharedBuffers(" 3GB ", 4 * GB)).isEqualTo("3GB");
    }

    @Test
    void anythingElseIsRefusedNamingTheSetting() {
        for (String wrong : new String[] {"lots", "0MB", "512", "1.5GB", "-1GB", "512 MB"}) {
            assertThatThrownBy(() -> EmbeddedPostgresMemory.sharedBuffers(wrong, 4 * GB)).as(wrong)
                    .isInstanceOf(InvalidDatabaseSettingException.class)
                    .hasMessageContaining("CLIENTELE_DB_EMBEDDED_SHARED_BUFFERS").hasMessageContaining(wrong.strip());
        }
    }
}
