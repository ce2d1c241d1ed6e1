package org.clientele.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.clientele.platform.DatabaseVendor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of imports: the import itself, its staged rows, what it wrote and the rows it refused. */
@Repository
class ImportStore {

    /** Joins the cells of a staged row; removed from the cells themselves. */
    static final char SEPARATOR = '\u001F';

    private static final String COLUMNS = """
            id, target, file_name, file_type, headers, mapping, on_match, status, user_id, total_rows, rows_done,
            created, updated, skipped, errors, undone, kept, failure, created_at, started_at, finished_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final DatabaseVendor vendor;

    ImportStore(JdbcClient jdbc, JdbcTemplate template, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.template = template;
        this.vendor = vendor;
    }

    long create(String target, String fileName, String fileType, long userId, String locale) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into customer_imports (target, file_name, file_type, headers, on_match, status, user_id, locale, created_at)
                values (?, ?, ?, '', 'SKIP', 'NEW', ?, ?, ?)""")
                .params(target, fileName, fileType, userId, locale, Timestamp.from(Instant.now()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void stage(long importId, List<StagedRow> rows) {
        MultiRowInsert.insert(template, "customer_import_rows", List.of("import_id", "line", "cells"),
                rows.stream().map(row -> new Object[] {importId, row.line(), join(row.cells())}).toList());
    }

    void uploaded(long importId, List<String> headers, List<ImportField> mapping, int totalRows) {
        jdbc.sql("update customer_imports set headers = ?, mapping = ?, total_rows = ? where id = ?")
                .params(join(headers), mappingText(mapping), totalRows, importId).update();
    }

    void delete(long importId) {
        jdbc.sql("delete from customer_imports where id = ?").param(importId).update();
    }

    Optional<ImportView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from customer_imports where id = ?").param(id).query(ImportStore::view).optional();
    }

    /**
     * Locks the import's row for the rest of the transaction, so that two runs of one import
     * (which the job's states should never allow) still could not write the same chunk twice.
     */
    void lock(long id) {
        jdbc.sql("select id from customer_imports where id = ? for update").param(id).query(Long.class).optional();
    }

    /**
     * Locks the import's row for the rest of the transaction and reads its status and checkpoint as
     * last committed, for a chunk to make sure that it continues where the chunk before it stopped.
     */
    Checkpoint lockCheckpoint(long id) {
        // Not "for update" on PostgreSQL: that would wait for the chunk after this one, whose import items and errors
        // already hold the row "for key share", while that chunk waits for this one to end.
        String lock = vendor == DatabaseVendor.POSTGRESQL ? "for no key update" : "for update";
        return jdbc.sql("select status, lines_done from customer_imports where id = ? " + lock).param(id)
                .query((rs, n) -> new Checkpoint(ImportStatus.valueOf(rs.getString("status")), rs.getInt("lines_done"))).single();
    }

    /**
     * Locks a staged row for the rest of the transaction, waiting while another transaction holds
     * it. A chunk that writes the row's line holds it locked until it ends, and deletes it if it
     * commits: the chunk after it waits here for its end, with a wait the database can see in a
     * deadlock.
     */
    void lockStagedRow(long importId, int line) {
        jdbc.sql("select line from customer_import_rows where import_id = ? and line = ? for update").params(importId, line)
                .query(Integer.class).optional();
    }

    /** The newest imports first, of one user or ({@code userId} null) of everyone. */
    List<ImportView> list(Long userId, int limit) {
        return userId == null
                ? jdbc.sql("select " + COLUMNS + " from customer_imports order by created_at desc, id desc limit ?").param(limit)
                        .query(ImportStore::view).list()
                : jdbc.sql("select " + COLUMNS + " from customer_imports where user_id = ? order by created_at desc, id desc limit ?")
                        .params(userId, limit).query(ImportStore::view).list();
    }

    String locale(long id) {
        return jdbc.sql("select locale from customer_imports where id = ?").param(id).query(String.class).single();
    }

    int linesDone(long id) {
        return jdbc.sql("select lines_done from customer_imports where id = ?").param(id).query(Integer.class).single();
    }

    /** Starts a run from the first row: counters back to zero, earlier errors forgotten. */
    void start(long id, List<ImportField> mapping, ImportOnMatch onMatch, ImportStatus status) {
        jdbc.sql("delete from customer_import_errors where import_id = ?").param(id).update();
        jdbc.sql("""
                update customer_imports set mapping = ?, on_match = ?, status = ?, lines_done = 0, rows_done = 0, created = 0,
                updated = 0, skipped = 0, errors = 0, failure = null, started_at = ?, finished_at = null where id = ?""")
                .params(mappingText(mapping), onMatch.name(), status.name(), Timestamp.from(Instant.now()), id).update();
    }

    void startUndo(long id) {
        jdbc.sql("update customer_imports set status = ?, undone = 0, kept = 0, started_at = ?, finished_at = null where id = ?")
                .params(ImportStatus.UNDOING.name(), Timestamp.from(Instant.now()), id).update();
    }

    void finish(long id, ImportStatus status) {
        jdbc.sql("update customer_imports set status = ?, finished_at = ? where id = ?")
                .params(status.name(), Timestamp.from(Instant.now()), id).update();
    }

    void fail(long id, String failure) {
        jdbc.sql("update customer_imports set status = ?, failure = ?, finished_at = ? where id = ?")
                .params(ImportStatus.FAILED.name(), failure.length() > 1000 ? failure.substring(0, 1000) : failure,
                        Timestamp.from(Instant.now()), id).update();
    }

    /** The staged rows after the checkpoint, in file order. */
    List<StagedRow> rowsAfter(long importId, int line, int limit) {
        return jdbc.sql("select line, cells from customer_import_rows where import_id = ? and line > ? order by line limit ?")
                .params(importId, line, limit).query((rs, n) -> new StagedRow(rs.getInt("line"), split(rs.getString("cells"))))
                .list();
    }

    /** Moves the checkpoint past a chunk and adds its counts, in the chunk's transaction. */
    void progress(long id, int lastLine, ChunkCounts counts, boolean forgetRows) {
        jdbc.sql("""
                update customer_imports set lines_done = ?, rows_done = rows_done + ?, created = created + ?,
                updated = updated + ?, skipped = skipped + ?, errors = errors + ? where id = ?""")
                .params(lastLine, counts.rows(), counts.created(), counts.updated(), counts.skipped(), counts.errors(), id).update();
        if (forgetRows) {
            jdbc.sql("delete from customer_import_rows where import_id = ? and line <= ?").params(id, lastLine).update();
        }
    }

    void undoProgress(long id, int undone, int kept) {
        jdbc.sql("update customer_imports set undone = undone + ?, kept = kept + ? where id = ?").params(undone, kept, id).update();
    }

    void errors(long importId, List<RowError> errors) {
        MultiRowInsert.insert(template, "customer_import_errors", List.of("import_id", "line", "column_name", "reason", "cells"),
                errors.stream().map(error -> new Object[] {importId, error.line(), cut(error.column(), 255), cut(error.reason(), 1000),
                        join(error.cells())}).toList());
    }

    /** Every error of an import in line order, one at a time. */
    void eachError(long importId, Consumer<RowError> consumer) {
        jdbc.sql("select line, column_name, reason, cells from customer_import_errors where import_id = ? order by line")
                .param(importId)
                .query(rs -> {
                    consumer.accept(new RowError(rs.getInt("line"), rs.getString("column_name"), rs.getString("reason"),
                            split(rs.getString("cells"))));
                });
    }

    void items(long importId, String recordType, List<ImportItem> items) {
        MultiRowInsert.insert(template, "customer_import_items", List.of("import_id", "line", "record_type", "record_id", "action"),
                items.stream().map(item -> new Object[] {importId, item.line(), recordType, item.recordId(), item.action()}).toList());
    }

    /** The next records the import created and has not undone yet. */
    List<ImportItem> createdItems(long importId, String recordType, int limit) {
        return jdbc.sql("""
                select line, record_id, action from customer_import_items where import_id = ? and record_type = ? and action = ?
                order by line limit ?""")
                .params(importId, recordType, ImportItem.CREATED, limit)
                .query((rs, n) -> new ImportItem(rs.getInt("line"), rs.getLong("record_id"), rs.getString("action"))).list();
    }

    /**
     * Forgets created items that were undone, in one statement.
     *
     * @param items the first created items of the type in line order, as {@link #createdItems} gives them
     */
    void forgetItems(long importId, String recordType, List<ImportItem> items) {
        if (items.isEmpty()) {
            return;
        }
        jdbc.sql("delete from customer_import_items where import_id = ? and record_type = ? and action = ? and line <= ?")
                .params(importId, recordType, ImportItem.CREATED, items.get(items.size() - 1).line()).update();
    }

    static String join(List<String> cells) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                joined.append(SEPARATOR);
            }
            String cell = cells.get(i);
            joined.append(cell == null ? "" : cell.replace(SEPARATOR, ' '));
        }
        return joined.toString();
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(String.valueOf(SEPARATOR), -1));
    }

    private static String mappingText(List<ImportField> mapping) {
        List<String> keys = new ArrayList<>();
        mapping.forEach(field -> keys.add(field == null ? "" : field.key()));
        return join(keys);
    }

    private static List<ImportField> mapping(String text) {
        if (text == null) {
            return null;
        }
        List<ImportField> fields = new ArrayList<>();
        split(text).forEach(key -> fields.add(ImportField.byKey(key).orElse(null)));
        return fields;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static ImportView view(ResultSet rs, int row) throws SQLException {
        return new ImportView(rs.getLong("id"), rs.getString("target"), rs.getString("file_name"), rs.getString("file_type"),
                split(rs.getString("headers")), mapping(rs.getString("mapping")), ImportOnMatch.valueOf(rs.getString("on_match")),
                ImportStatus.valueOf(rs.getString("status")), rs.getLong("user_id"), rs.getInt("total_rows"),
                rs.getInt("rows_done"), rs.getInt("created"), rs.getInt("updated"), rs.getInt("skipped"), rs.getInt("errors"),
                rs.getInt("undone"), rs.getInt("kept"), rs.getString("failure"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    record StagedRow(int line, List<String> cells) {
    }

    /** A refused row: its line, the column at fault (if one is), why, and the row as it was. */
    record RowError(int line, String column, String reason, List<String> cells) {
    }

    record ImportItem(int line, long recordId, String action) {
        static final String CREATED = "created";
        static final String UPDATED = "updated";
    }

    record ChunkCounts(int rows, int created, int updated, int skipped, int errors) {
    }

    /** What a chunk adds to its import's progress: the line of its checkpoint, its counts, and whether its staged rows go. */
    record ChunkProgress(int lastLine, ChunkCounts counts, boolean forgetRows) {
    }

    record Checkpoint(ImportStatus status, int linesDone) {
    }
}
