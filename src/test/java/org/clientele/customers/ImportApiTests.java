package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/imports} on PostgreSQL, with a file of a hundred thousand rows. */
@ClienteleTest
class ImportApiTests extends ImportApiContract {

    @Test
    void aHundredThousandRowsImportThroughTheApi() {
        String tag = ApiCalls.unique();
        Path file = ImportFiles.csv(directory, "big.csv", StandardCharsets.UTF_8, ',', HEADER, 100_000,
                i -> List.of("Person" + i, tag, "p" + i + "@" + tag + ".example", "030 " + (1_000_000 + i), "", "Berlin", "DE"));

        Map<String, Object> done = finished(upload(admin, file, Map.of()));

        assertThat(done).containsEntry("status", "done").containsEntry("totalRows", 100_000).containsEntry("rowsDone", 100_000)
                .containsEntry("created", 100_000).containsEntry("errors", 0);
        assertThat(jdbc.sql("select count(*) from contacts where last_name = ? and phone like '+4930%' and country = 'DE'")
                .param(tag).query(Long.class).single()).isEqualTo(100_000);
        assertThat(jdbc.sql("select count(*) from customer_import_items where import_id = ?").param(Long.parseLong((String) done.get("id")))
                .query(Long.class).single()).isEqualTo(100_000);
        assertThat(jdbc.sql("select count(*) from customer_import_rows where import_id = ?").param(Long.parseLong((String) done.get("id")))
                .query(Long.class).single()).as("staged rows are gone once imported").isZero();
        assertThat(admin.get("/api/v1/contacts?q=p99999@" + tag + ".example")).hasStatusOk().bodyJson()
                .extractingPath("$.data[0].firstName").isEqualTo("Person99999");
    }
}
