package io.livechat.shared.boundary;

/**
 * Which page of a list a caller wants: at most {@code limit} rows after the cursor (from the start
 * without one).
 */
public record PageRequest(int limit, Cursor after) {

    /** Rows on a page when the caller names no limit. */
    public static final int DEFAULT_LIMIT = 50;
    /** The most rows one page holds: a page is read and sent at once. */
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit must be from 1 to " + MAX_LIMIT);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }

    /** The page after the opaque cursor a previous page gave (the first page for none). */
    public static PageRequest of(int limit, String cursor) {
        return new PageRequest(limit, cursor == null || cursor.isEmpty() ? null : Cursor.decode(cursor));
    }

    public PageRequest next(Cursor cursor) {
        return new PageRequest(limit, cursor);
    }

    public boolean isFirst() {
        return after == null;
    }

    /** How many rows to read: one more than the page shows tells whether another page follows. */
    public int rowsToRead() {
        return limit + 1;
    }
}
