package io.livechat.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a table in one format, each row as its source hands it on; the caller owns (and closes) the stream. */
interface TableWriter {

    <R> void write(Table<R> table, OutputStream out) throws IOException;
}
