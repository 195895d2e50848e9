package io.livechat.shared.boundary;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list in a stable, total order: its items, the cursor of the next page (null on the
 * last page) and, where the list counts them, how many rows the whole list holds now (else null).
 */
public record Page<T>(List<T> items, Cursor next, Long total) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * The page of the rows read for the request ({@link PageRequest#rowsToRead()} at most): a row
     * beyond the limit is not shown, it only says that a next page follows the last shown row.
     */
    public static <R, T> Page<T> of(List<R> rows, PageRequest request, Function<R, Cursor> keyOf,
                                    Function<R, T> view, Long total) {
        boolean more = rows.size() > request.limit();
        List<R> shown = more ? rows.subList(0, request.limit()) : rows;
        return new Page<>(shown.stream().map(view).toList(), more ? keyOf.apply(shown.get(shown.size() - 1)) : null,
                total);
    }

    public boolean hasNext() {
        return next != null;
    }

    public <U> Page<U> map(Function<T, U> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next, total);
    }
}
