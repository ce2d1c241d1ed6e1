package org.clientele.shared;

/**
 * What a client asked of a list: how many rows, in which sort, after which cursor. Every list in
 * the API and the pages takes one.
 *
 * @param limit rows per page, 1 to {@value #MAX_LIMIT}
 * @param sort field name, {@code -} in front for descending
 * @param after where the previous page ended, or {@code null} for the first page
 */
public record PageRequest(int limit, String sort, Cursor after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "validation.limit.range", 1, MAX_LIMIT);
        }
    }

    /**
     * Builds a request from query parameters as clients send them.
     *
     * @param limit the {@code limit} parameter, or {@code null} for {@value #DEFAULT_LIMIT}
     * @param sort the {@code sort} parameter, or {@code null} for the list's default
     * @param cursor the {@code cursor} parameter, or {@code null} for the first page
     * @param defaultSort the list's default sort
     */
    public static PageRequest of(Integer limit, String sort, String cursor, String defaultSort) {
        String effectiveSort = sort == null || sort.isBlank() ? defaultSort : sort;
        Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor, effectiveSort);
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, effectiveSort, after);
    }

    public boolean descending() {
        return sort.startsWith("-");
    }

    /** The sort field without its direction. */
    public String sortField() {
        return descending() ? sort.substring(1) : sort;
    }

    /** Rows to read: one more than the limit tells whether another page follows. */
    public int rowsToRead() {
        return limit + 1;
    }
}
