package io.livechat.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a table in a format, each row as its source hands it on: the one writer behind every export. */
public final class TableExport {

    private TableExport() {
    }

    /** Writes the whole table to the stream, which stays open (the caller closes it). */
    public static <R> void write(Format format, Table<R> table, OutputStream out) throws IOException {
        writerOf(format).write(table, out);
        out.flush();
    }

    private static TableWriter writerOf(Format format) {
        return switch (format) {
            case CSV -> new CsvTableWriter();
            case XLSX -> new XlsxTableWriter();
            case PDF -> new PdfTableWriter();
        };
    }
}
