package org.clientele.platform.generate;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.clientele.platform.BulkTable;

/** Rows as the text a database's bulk load reads, one line a row, handed over some megabytes at a time. */
abstract class TextTable implements BulkTable {

    protected final String table;
    private final int columns;
    private final char separator;
    private final int flushAt;
    private final StringBuilder buffer;
    private long bufferedRows;
    private long rows;

    TextTable(String table, int columns, char separator, int flushAt) {
        this.table = table;
        this.columns = columns;
        this.separator = separator;
        this.flushAt = flushAt;
        this.buffer = new StringBuilder(flushAt + 4096);
    }

    /** Appends one value as the load reads it. */
    protected abstract void appendField(StringBuilder line, Object value);

    /** Hands over the text of some rows, UTF-8 encoded. */
    protected abstract void send(byte[] text, long rowCount) throws SQLException;

    @Override
    public final void row(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(table + " takes " + columns + " values per row, not " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append(separator);
            }
            appendField(buffer, values[i]);
        }
        buffer.append('\n');
        bufferedRows++;
        rows++;
        if (buffer.length() >= flushAt) {
            flush();
        }
    }

    @Override
    public final long rows() {
        return rows;
    }

    /** Sends what is buffered. */
    protected final void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        long count = bufferedRows;
        buffer.setLength(0);
        bufferedRows = 0;
        try {
            send(bytes, count);
        } catch (SQLException e) {
            throw new BulkWriteException(table, e);
        }
    }
}
