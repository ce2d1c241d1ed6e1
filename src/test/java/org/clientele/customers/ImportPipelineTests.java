package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.clientele.platform.DatabaseVendor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The chunks of an import are written two at a time, each after the one before has said where it
 * starts; a failure among them has the next chunk written alone, and one that fails alone fails
 * the run. Dry runs and MySQL/MariaDB go one chunk at a time.
 */
class ImportPipelineTests {

    private static final long ID = 5;
    private static final int CHUNK = 10;

    private final ImportRunner runner = mock(ImportRunner.class);
    private final ImportStore store = mock(ImportStore.class);
    private final List<ImportChunkDone> events = new CopyOnWriteArrayList<>();
    private final ApplicationEventPublisher publisher = event -> events.add((ImportChunkDone) event);
    private ImportPipeline pipeline = new ImportPipeline(runner, store, publisher, DatabaseVendor.POSTGRESQL, 2);

    @AfterEach
    void stop() {
        pipeline.close();
    }

    @Test
    void eachChunkStartsWhereTheOneBeforeSaidAndTheRunEndsWithTheFirstChunkThatFindsNoRows() {
        importing(ImportStatus.IMPORTING);
        List<ImportChunkStart> starts = new CopyOnWriteArrayList<>();
        when(runner.next(eq(ID), eq(CHUNK), any(), any())).thenAnswer(call -> {
            ImportChunkStart start = call.getArgument(2);
            starts.add(start == null ? ImportChunkStart.at(-1) : start);
            int after = start == null ? 1 : start.after();
            Consumer<ImportChunkStart> planned = call.getArgument(3);
            if (after >= 31) {
                planned.accept(null);
                return false;
            }
            planned.accept(new ImportChunkStart(after + CHUNK, after + 1, Set.of(), Set.of()));
            return true;
        });

        assertThat(pipeline.run(ID, CHUNK, () -> false)).isTrue();

        assertThat(starts).extracting(ImportChunkStart::after).startsWith(-1, 11, 21, 31);
        assertThat(events).extracting(ImportChunkDone::more).containsExactly(true, true, true, false);
    }

    @Test
    void aChunkFailingAlongsideAnotherHasTheNextChunkWrittenAlone() {
        importing(ImportStatus.IMPORTING);
        List<String> calls = new CopyOnWriteArrayList<>();
        when(runner.next(eq(ID), eq(CHUNK), any(), any())).thenAnswer(call -> {
            ImportChunkStart start = call.getArgument(2);
            Consumer<ImportChunkStart> planned = call.getArgument(3);
            calls.add(start == null ? "checkpoint" : "after " + start.after());
            if (start != null) {
                throw new IllegalStateException("deadlock detected");
            }
            if (calls.size() > 2) {
                planned.accept(null);
                return false;
            }
            planned.accept(new ImportChunkStart(11, 2, Set.of(), Set.of()));
            return true;
        });

        assertThat(pipeline.run(ID, CHUNK, () -> false)).isTrue();

        assertThat(calls).containsExactly("checkpoint", "after 11", "checkpoint");
    }

    @Test
    void aChunkFailingAloneFailsTheRun() {
        importing(ImportStatus.IMPORTING);
        when(runner.next(eq(ID), eq(CHUNK), any(), any())).thenThrow(new IllegalStateException("broken"));

        assertThatThrownBy(() -> pipeline.run(ID, CHUNK, () -> false)).hasMessage("broken");
    }

    @Test
    void aStopEndsTheRunAfterTheChunksAtHandWithoutEndingTheImport() {
        importing(ImportStatus.IMPORTING);
        when(runner.next(eq(ID), eq(CHUNK), any(), any())).thenAnswer(call -> {
            ImportChunkStart start = call.getArgument(2);
            Consumer<ImportChunkStart> planned = call.getArgument(3);
            planned.accept(new ImportChunkStart(start == null ? 11 : start.after() + CHUNK, 2, Set.of(), Set.of()));
            return true;
        });

        assertThat(pipeline.run(ID, CHUNK, () -> events.size() >= 3)).isFalse();
        assertThat(events).extracting(ImportChunkDone::more).containsOnly(true).hasSizeBetween(3, 4);
    }

    @Test
    void dryRunsAndMariaDbGoOneChunkAtATime() {
        importing(ImportStatus.CHECKING);
        when(runner.next(eq(ID), eq(CHUNK), isNull(), any())).thenReturn(true, false);
        assertThat(pipeline.run(ID, CHUNK, () -> false)).isTrue();

        pipeline.close();
        pipeline = new ImportPipeline(runner, store, publisher, DatabaseVendor.MYSQL, 2);
        importing(ImportStatus.IMPORTING);
        when(runner.next(eq(ID), eq(CHUNK), isNull(), any())).thenReturn(true, false);
        assertThat(pipeline.run(ID, CHUNK, () -> false)).isTrue();

        verify(runner, never()).next(anyLong(), anyInt(), any(ImportChunkStart.class), any());
    }

    private void importing(ImportStatus status) {
        when(store.find(ID)).thenReturn(Optional.of(new ImportView(ID, "contacts", "contacts.csv", "csv", List.of("Name"),
                List.of(ImportField.FULL_NAME), ImportOnMatch.SKIP, status, 7, 30, 0, 0, 0, 0, 0, 0, 0, null, null, null, null)));
    }
}
