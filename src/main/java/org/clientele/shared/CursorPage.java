package org.clientele.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every list endpoint returns it: {@code {"data": [...], "next": "..."}},
 * where {@code next} is {@code null} on the last page.
 */
public record CursorPage<T>(List<T> data, String next) {

    public CursorPage {
        data = List.copyOf(data);
    }

    /**
     * Cuts rows read with {@link PageRequest#rowsToRead()} down to one page and makes the cursor
     * for the next page from the last row kept.
     *
     * @param cursorOf the cursor that points after a given row, in the request's sort
     */
    public static <T> CursorPage<T> from(List<T> rows, PageRequest request, Function<T, Cursor> cursorOf) {
        if (rows.size() <= request.limit()) {
            return new CursorPage<>(rows, null);
        }
        List<T> page = rows.subList(0, request.limit());
        return new CursorPage<>(page, cursorOf.apply(page.get(page.size() - 1)).encode());
    }

    public <R> CursorPage<R> map(Function<T, R> mapper) {
        return new CursorPage<>(data.stream().map(mapper).toList(), next);
    }
}
