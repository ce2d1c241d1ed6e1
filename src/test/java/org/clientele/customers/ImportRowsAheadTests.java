package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.clientele.customers.ImportRowsAhead.CheckedRow;
import org.clientele.customers.ImportStore.StagedRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The rows of an import's next chunk are read and checked ahead, and used only by the chunk that
 * starts where they were read from with the same mapping; any other chunk reads its own rows.
 */
class ImportRowsAheadTests {

    private static final List<ImportField> MAPPING = List.of(ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.EMAIL);
    private static final long OWNER = 7;
    private static final Long TEAM = 3L;

    private final ImportStore store = mock(ImportStore.class);
    private final ImportRowsAhead rowsAhead = new ImportRowsAhead(store);

    @AfterEach
    void stop() {
        rowsAhead.close();
    }

    @Test
    void withNothingReadAheadTheChunkReadsItsRowsAndChecksThem() {
        when(store.rowsAfter(1, 0, 2)).thenReturn(List.of(row(2, "Ada", "Lovelace", "ada@example.com"), row(3, "", "", "not mail")));

        List<CheckedRow> rows = rowsAhead.after(run(MAPPING), 0, 2, TEAM);

        assertThat(rows).extracting(row -> row.staged().line()).containsExactly(2, 3);
        assertThat(rows.get(0).read().valid()).isTrue();
        assertThat(rows.get(0).read().form().emails()).containsExactly("ada@example.com");
        assertThat(rows.get(0).read().form().teamId()).isEqualTo(TEAM);
        assertThat(rows.get(1).read().valid()).isFalse();
    }

    @Test
    void theNextChunkTakesTheRowsReadAheadForItsStartWithoutReadingThemAgain() {
        when(store.rowsAfter(1, 3, 2)).thenReturn(List.of(row(4, "Grace", "Hopper", "grace@example.com")));

        rowsAhead.readAhead(run(MAPPING), 3, 2, TEAM);
        verify(store, timeout(5_000)).rowsAfter(1, 3, 2);
        List<CheckedRow> rows = rowsAhead.after(run(MAPPING), 3, 2, TEAM);

        assertThat(rows).extracting(row -> row.read().form().lastName()).containsExactly("Hopper");
        verify(store, times(1)).rowsAfter(1, 3, 2);
    }

    @Test
    void aChunkStartingElsewhereOrWithAnotherMappingReadsItsOwnRows() {
        when(store.rowsAfter(1, 3, 2)).thenReturn(List.of(row(4, "Grace", "Hopper", "grace@example.com")));
        when(store.rowsAfter(1, 2, 2)).thenReturn(List.of(row(3, "Alan", "Turing", "alan@example.com")));

        rowsAhead.readAhead(run(MAPPING), 3, 2, TEAM);
        assertThat(rowsAhead.after(run(MAPPING), 2, 2, TEAM)).extracting(row -> row.read().form().lastName()).containsExactly("Turing");

        rowsAhead.readAhead(run(MAPPING), 3, 2, TEAM);
        List<ImportField> otherMapping = List.of(ImportField.LAST_NAME, ImportField.FIRST_NAME, ImportField.EMAIL);
        assertThat(rowsAhead.after(run(otherMapping), 3, 2, TEAM)).extracting(row -> row.read().form().lastName())
                .containsExactly("Grace");
    }

    @Test
    void rowsThatCouldNotBeReadAheadAreReadAgain() {
        when(store.rowsAfter(1, 3, 2)).thenThrow(new IllegalStateException("connection lost"))
                .thenReturn(List.of(row(4, "Grace", "Hopper", "grace@example.com")));

        rowsAhead.readAhead(run(MAPPING), 3, 2, TEAM);

        assertThat(rowsAhead.after(run(MAPPING), 3, 2, TEAM)).extracting(row -> row.read().form().lastName()).containsExactly("Hopper");
        verify(store, times(2)).rowsAfter(1, 3, 2);
    }

    @Test
    void whatWasReadAheadForAFinishedRunIsNotUsedByTheNextRun() {
        when(store.rowsAfter(1, 0, 2)).thenReturn(List.of(row(2, "Ada", "Lovelace", "ada@example.com")))
                .thenReturn(List.of(row(2, "Ada", "Byron", "ada@example.com")));

        rowsAhead.readAhead(run(MAPPING), 0, 2, TEAM);
        verify(store, timeout(5_000)).rowsAfter(1, 0, 2);
        rowsAhead.forget(1);

        assertThat(rowsAhead.after(run(MAPPING), 0, 2, TEAM)).extracting(row -> row.read().form().lastName()).containsExactly("Byron");
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

        rowsAhead.readAhead(run(2, MAPPING), 0, 2, TEAM);
        reading.await();
        rowsAhead.readAhead(run(1, MAPPING), 3, 2, TEAM);
        rowsAhead.close();

        assertThat(rowsAhead.after(run(1, MAPPING), 3, 2, TEAM)).extracting(row -> row.read().form().lastName())
                .containsExactly("Hopper");
    }

    private static StagedRow row(int line, String... cells) {
        return new StagedRow(line, List.of(cells));
    }

    private static ImportView run(List<ImportField> mapping) {
        return run(1, mapping);
    }

    private static ImportView run(long id, List<ImportField> mapping) {
        return new ImportView(id, "contacts", "contacts.csv", "csv", List.of("First", "Last", "E-mail"), mapping, ImportOnMatch.SKIP,
                ImportStatus.IMPORTING, OWNER, 4, 0, 0, 0, 0, 0, 0, 0, null, null, null, null);
    }
}
