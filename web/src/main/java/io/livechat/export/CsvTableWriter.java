package io.livechat.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 (CRLF, fields quoted where needed), UTF-8 with a byte order mark so that Excel reads the
 * umlauts. A text cell that a spreadsheet would take for a formula (it starts with {@code = + - @},
 * a tab or a carriage return) is written with a leading {@code '}, so opening an export never runs
 * what a user typed.
 */
final class CsvTableWriter implements TableWriter {

    private static final char BOM = '\uFEFF';

    @Override
    public <R> void write(Table<R> table, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(table.headers());
        try {
            table.rows().forEach(row -> print(printer, table, row));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    private static <R> void print(CSVPrinter printer, Table<R> table, R row) {
        List<String> cells = new ArrayList<>(table.columns().size());
        for (Column<R> column : table.columns()) {
            String text = Cells.text(column.type(), column.cellOf(row), table.zone());
            cells.add(column.type() == Column.Type.TEXT ? guarded(text) : text);
        }
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with a leading {@code '} where a spreadsheet would read a formula. */
    static String guarded(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
