package io.livechat.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming {@link SXSSFWorkbook}: {@link #WINDOW} rows in memory, the rest in a
 * compressed temporary file that closing the workbook deletes. Cells are typed: numbers as numbers,
 * times as dates in the table's zone, durations as fractions of a day shown {@code [h]:mm:ss}, so a
 * spreadsheet sums and sorts them. A sheet holds at most Excel's rows; the next rows go on a new
 * sheet with the header again. One instance writes one table.
 */
final class XlsxTableWriter implements TableWriter {

    /** The rows POI keeps in memory; older rows are flushed to the temporary file. */
    static final int WINDOW = 100;

    private static final int EXCEL_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int LONGEST_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int SHEET_NAME = 26;
    private static final double SECONDS_PER_DAY = 86_400;

    private final int rowsPerSheet;
    private SXSSFWorkbook workbook;
    private SXSSFSheet sheet;
    private int sheets;
    private int nextRow;
    private CellStyle headerStyle;
    private final Map<Column.Type, CellStyle> styles = new EnumMap<>(Column.Type.class);

    XlsxTableWriter() {
        this(EXCEL_ROWS);
    }

    /** With fewer rows per sheet, header included (tests). */
    XlsxTableWriter(int rowsPerSheet) {
        this.rowsPerSheet = rowsPerSheet;
    }

    @Override
    public <R> void write(Table<R> table, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(WINDOW)) {
            workbook = book;
            book.setCompressTempFiles(true);
            createStyles();
            newSheet(table);
            table.rows().forEach(row -> append(table, row));
            book.write(out);
        }
    }

    private void createStyles() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        Map.of(Column.Type.DATE_TIME, "yyyy-mm-dd hh:mm:ss", Column.Type.DATE, "yyyy-mm-dd",
                Column.Type.DURATION, "[h]:mm:ss").forEach((type, format) -> {
                    CellStyle style = workbook.createCellStyle();
                    style.setDataFormat(workbook.createDataFormat().getFormat(format));
                    styles.put(type, style);
                });
    }

    private <R> void newSheet(Table<R> table) {
        sheets++;
        String base = table.title().length() > SHEET_NAME ? table.title().substring(0, SHEET_NAME) : table.title();
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheets == 1 ? base : base + " (" + sheets + ")"));
        sheet.createFreezePane(0, 1);
        List<Column<R>> columns = table.columns();
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, widthOf(columns.get(i).type()) * 256);
        }
        nextRow = 1;
    }

    private static int widthOf(Column.Type type) {
        return switch (type) {
            case TEXT -> 24;
            case DATE_TIME -> 20;
            case NUMBER, DATE, DURATION -> 12;
        };
    }

    private <R> void append(Table<R> table, R values) {
        if (nextRow == rowsPerSheet) {
            newSheet(table);
        }
        Row row = sheet.createRow(nextRow++);
        List<Column<R>> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            Object value = columns.get(i).cellOf(values);
            if (value != null) {
                set(row.createCell(i), columns.get(i).type(), value, table);
            }
        }
    }

    private void set(Cell cell, Column.Type type, Object value, Table<?> table) {
        switch (type) {
            case TEXT -> {
                String text = value.toString();
                cell.setCellValue(text.length() > LONGEST_TEXT ? text.substring(0, LONGEST_TEXT) : text);
            }
            case NUMBER -> cell.setCellValue(((Number) value).doubleValue());
            case DATE_TIME -> cell.setCellValue(LocalDateTime.ofInstant((Instant) value, table.zone()));
            case DATE -> cell.setCellValue((LocalDate) value);
            case DURATION -> cell.setCellValue(((Duration) value).getSeconds() / SECONDS_PER_DAY);
        }
        CellStyle style = styles.get(type);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The rows of the current sheet still in memory, not yet flushed to the temporary file (tests). */
    int rowsInMemory() {
        int rows = 0;
        for (Iterator<Row> it = sheet.rowIterator(); it.hasNext(); it.next()) {
            rows++;
        }
        return rows;
    }
}
