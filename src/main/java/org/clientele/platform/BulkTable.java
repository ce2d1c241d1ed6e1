package org.clientele.platform;

/** Appends rows to one table in bulk; closing it writes and commits what is left. */
public interface BulkTable extends AutoCloseable {

    /** One row, its values in the order the columns were named. */
    void row(Object... values);

    /** Rows appended so far. */
    long rows();

    @Override
    void close();
}
