package io.livechat.export;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The one keyset loop of the exports: reads a table's rows in pages of {@link #PAGE_SIZE} through
 * "the page after this row" and hands each row on as it comes, so an export holds one page at a
 * time. Each page is its own call, so a boundary reads each in its own short transaction; the
 * sort key of the last row given (time, then id) finds the next page however rows come and go
 * meanwhile.
 *
 * @param <R> the row, a record that carries its own sort key
 */
public final class RowSource<R> implements Rows<R> {

    /** The rows a page holds. */
    public static final int PAGE_SIZE = 500;

    /** The boundary's query: at most {@code size} rows after {@code last} in the table's order (the first page for null). */
    @FunctionalInterface
    public interface PageAfter<R> {
        List<R> after(R last, int size);
    }

    private final PageAfter<R> pages;
    private final int size;

    private RowSource(PageAfter<R> pages, int size) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.size = size;
    }

    /** The rows the query gives, page after page of {@link #PAGE_SIZE}. */
    public static <R> RowSource<R> keyset(PageAfter<R> pages) {
        return new RowSource<>(pages, PAGE_SIZE);
    }

    /** With another page size (tests). */
    static <R> RowSource<R> keyset(PageAfter<R> pages, int size) {
        return new RowSource<>(pages, size);
    }

    @Override
    public void forEach(Consumer<? super R> row) {
        R last = null;
        while (true) {
            List<R> page = pages.after(last, size);
            page.forEach(row);
            if (page.size() < size) {
                return;
            }
            R next = page.get(page.size() - 1);
            if (next.equals(last)) {
                throw new IllegalStateException("The page after " + last + " ends with it again: the query does not page by its key");
            }
            last = next;
        }
    }
}
