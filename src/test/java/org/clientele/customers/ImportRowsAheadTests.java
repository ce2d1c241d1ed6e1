package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.clientele.customers.ImportRowsAhead.CheckedRow;
import org.clientele.customers.ImportRowsAhead.ChunkRows;
import org.clientele.customers.ImportStore.StagedRow;
import org.clientele.identity.RecordVisibility;
import org.clientele.identity.Viewer;
import org.clientele.identity.VisibilityScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The rows of an import's next chunk are read and checked ahead, with the matches of their
 * addresses and ids for the contacts to create, and used only by the chunk that starts where they
 * were read from with the same mapping; any other chunk reads its own rows.
 */
class ImportRowsAheadTests {

    private static final List<ImportField> MAPPING = List.of(ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.EMAIL);
    private static final long OWNER = 7;
    private static final Long TEAM = 3L;

    private static final Viewer IMPORTER = new Viewer(OWNER, VisibilityScope.ALL, Set.of());

    private final ImportStore store = mock(ImportStore.class);
    private final ContactMatching matching = mock(ContactMatching.class);
    private final RecordVisibility visibility = mock(RecordVisibility.class);
    private final ContactImportWriter writer = mock(ContactImportWriter.class);
    private final ImportRowsAhead rowsAhead = new ImportRowsAhead(store, matching, visibility, writer,
            TransactionOperations.withoutTransaction());

    @BeforeEach
    void lookUps() {
        when(visibility.viewerOf(OWNER)).thenReturn(IMPORTER);
        when(matching.byEmail(anyCollection(), any())).thenReturn(Map.of());
        when(writer.reserveIds(anyInt())).thenReturn(List.of());
    }

    @AfterEach
    void stop() {
        rowsAhead.close();
    }

    @Test
    void withNothingReadAheadTheChunkReadsItsRowsAndChecksThem() {
        when(store.rowsAfter(1, 0, 2)).thenReturn(List.of(row(2, "Ada", "Lovelace", "ada@example.com"), row(3, "", "", "not mail")));

        List<CheckedRow> rows = rowsAhead.after(run(MAPPING), 0, 2, TEAM).rows();

        assertThat(rows).extracting(row -> row.staged().line()).containsExactly(2, 3);
        assertThat(rows.get(0).read().valid()).isTrue();
        assertThat(rows.get(0).read().form().emails()).containsExactly("ada@example.com");
        assertThat(rows.get(0).read().form().teamId()).isEqualTo(TEAM);
        assertThat(rows.get(1).read().valid()).isFalse();
    }

    @Test
    void theNextChunkTakesTheRowsReadAheadForItsStartWithoutReadingThemAgain() {
        when(store.rowsAfter(1, 3, 2)).thenReturn(List.of(row(4, "Grace", "Hopper", "grace@example.com")));

        rowsAhead.readAhead(run(MAPPING), 3, 2, TEAM, Set.of());
        verify(store, timeout(5_000)).rowsAfter(1, 3, 2);
        List<CheckedRow> rows = rowsAhead.after(run(MAPPING), 3, 2, TEAM).rows();

        assertThat(rows).extracting(row -> row.read().form().lastName()).containsExactly("Hopper");
        verify(store, times(1)).rowsAfter(1, 3, 2);
    }

    @Test
    void theRowsReadAheadComeWithTheMatchesOfTheirAddressesIdsForTheOthersAndTheAddressesWrittenMeanwhile() {
        when(store.rowsAfter(1, 3, 3)).thenReturn(List.of(row(4, "Grace", "Hopper", "grace@example.com"),
                row(5, "Alan", "Turing", "alan@example.com"), row(6, "", "", "not mail")));
        when(matching.byEmail(Set.of("grace@example.com", "alan@example.com"), IMPORTER)).thenReturn(Map.of("alan@example.com", 40L));
        when(writer.reserveIds(1)).thenReturn(List.of(41L));

        rowsAhead.readAhead(run(MAPPING), 3, 3, TEAM, Set.of("grace@example.com", "ada@example.com"));
        ChunkRows chunk = rowsAhead.after(run(MAPPING), 3, 3, TEAM);

        assertThat(chunk.importer()).isEqualTo(IMPORTER);
        assertThat(chunk.matches()).containsExactly(entry("alan@example.com", 40L));
        assertThat(chunk.ids()).as("one for the valid row without a match").containsExactly(41L);
        assertThat(chunk.unsure()).containsExactlyInAnyOrder("grace@example.com", "ada@example.com");
    }

    @Test
    void aChunkPreparedInItsOwnTransactionIsSureOfItsMatchesAndADryRunTakesNoIds() {
        when(store.rowsAfter(1, 0, 2)).thenReturn(List.of(row(2, "Ada", "Lovelace", "ada@example.com")));

        ChunkRows chunk = rowsAhead.after(run(1, MAPPING, ImportStatus.CHECKING), 0, 2, TEAM);

        assertThat(chunk.unsure()).isEmpty();
        assertThat(chunk.ids()).isEmpty();
        verify(writer, never()).reserveIds(anyInt());
    }

    @Test
    void aChunkStartingElsewhereOrWithAnotherMappingReadsItsOwnRows() {
        when(store.rowsAfter(1, 3, 2)).thenReturn(List.of(row(4, "Grace", "Hopper", "grace@example.com")));
        when(store.rowsAfter(1, 2, 2)).thenReturn(List.of(row(3, "Alan", "Turing", "alan@example.com")));

        rowsAhead.readAhead(run(MAPPING), 3, 2, TEAM, Set.of());
        assertThat(rowsAhead.after(run(MAPPING), 2, 2, TEAM).rows())
                .extracting(row -> row.read().form().lastName()).containsExactly("Turing");

        rowsAhead.readAhead(run(MAPPING), 3, 2, TEAM, Set.of());
        List<ImportField> otherMapping = List.of(ImportField.LAST_NAME, ImportField.FIRST_NAME, ImportField.EMAIL);
        assertThat(rowsAhead.after(run(otherMapping), 3, 2, TEAM).rows()).extracting(row -> row.read().form().lastName())
                .containsExactly("Grace");
    }

    @Test
    void rowsThatCouldNotBeReadAheadAreReadAgain() {
        when(store.rowsAfter(1, 3, 2)).thenThrow(new IllegalStateException("connection lost"))
                .thenReturn(List.of(row(4, "Grace", "Hopper", "grace@example.com")));

        rowsAhead.readAhead(run(MAPPING), 3, 2, TEAM, Set.of());

        assertThat(rowsAhead.after(run(MAPPING), 3, 2, TEAM).rows())
                .extracting(row -> row.read().form().lastName()).containsExactly("Hopper");
        verify(store, times(2)).rowsAfter(1, 3, 2);
    }

    @Test
    void whatWasReadAheadForAFinishedRunIsNotUsedByTheNextRun() {
        when(store.rowsAfter(1, 0, 2)).thenReturn(List.of(row(2, "Ada", "Lovelace", "ada@example.com")))
                .thenReturn(List.of(row(2, "Ada", "Byron", "ada@example.com")));

        rowsAhead.readAhead(run(MAPPING), 0, 2, TEAM, Set.of());
        verify(store, timeout(5_000)).rowsAfter(1, 0, 2);
        rowsAhead.forget(1);

        assertThat(rowsAhead.after(run(MAPPING), 0, 2, TEAM).rows())
                .extracting(row -> row.read().form().lastName()).containsExactly("Byron");
    }

    @Test
    void closingWithAReadQueuedLeavesNoChunkWaitingForIt() throws InterruptedException {
        CountDownLatch reading = new CountDownLatch(1);
        when(store.rowsAfter(2, 0, 2)).thenAnswer(call -> {
            reading.countDown();
            new CountDownLatch(1).await();
            return List.of();
        });
        when(store.rowsAfter(1, 3, 2)).thenReturn(List.of(row(4, "Grace", "Hopper", "grace@example.com")));

        rowsAhead.readAhead(run(2, MAPPING), 0, 2, TEAM, Set.of());
        reading.await();
        rowsAhead.readAhead(run(1, MAPPING), 3, 2, TEAM, Set.of());
        rowsAhead.close();

        assertThat(rowsAhead.after(run(1, MAPPING), 3, 2, TEAM).rows()).extracting(row -> row.read().form().lastName())
                .containsExactly("Hopper");
    }

    private static StagedRow row(int line, String... cells) {
        return new StagedRow(line, List.of(cells));
    }

    private static ImportView run(List<ImportField> mapping) {
        return run(1, mapping);
    }

    private static ImportView run(long id, List<ImportField> mapping) {
        return run(id, mapping, ImportStatus.IMPORTING);
    }

    private static ImportView run(long id, List<ImportField> mapping, ImportStatus status) {
        return new ImportView(id, "contacts", "contacts.csv", "csv", List.of("First", "Last", "E-mail"), mapping, ImportOnMatch.SKIP,
                status, OWNER, 4, 0, 0, 0, 0, 0, 0, 0, null, null, null, null);
    }
}
