package io.livechat.export;

import java.util.function.Consumer;

/**
 * A table's rows, handed on one at a time as they are read; a writer never asks for them all at
 * once. {@link RowSource} is the keyset reader every export of the database uses.
 *
 * @param <R> the row
 */
@FunctionalInterface
public interface Rows<R> {

    /** Hands every row to the consumer, in order. */
    void forEach(Consumer<? super R> row);
}
