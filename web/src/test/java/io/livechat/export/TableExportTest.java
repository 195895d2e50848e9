package io.livechat.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * 100,000 rows in each format, read back with the format's own reader, while the heap is measured
 * at row 10,000 and row 90,000 (after a collection): a writer that held its rows would grow by
 * tens of megabytes between them. The XLSX window is checked directly, the rest by the heap.
 */
class TableExportTest {

    private static final int ROWS = 100_000;
    /** What the heap may grow between row 10,000 and row 90,000; a writer that holds the 80,000 rows grows far more. */
    private static final long HEAP_GROWTH = 24L << 20;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant START = Instant.parse("2026-03-29T00:30:00Z");

    @TempDir
    Path folder;

    /** A handover-like row: a formula-looking contact every 7th row, quotes, a comma and a line break every 11th. */
    record Sample(long id, String contact, Instant at, Duration waited, double share, LocalDate day) {

        static Sample of(long id) {
            String contact = id % 7 == 0 ? "=HYPERLINK(\"x\")" : id % 11 == 0 ? "Jo \"J\" Müller,\nBerlin" : "Müller " + id;
            return new Sample(id, contact, START.plusSeconds(id * 60), Duration.ofSeconds(id * 7), id / 8.0,
                    LocalDate.of(2026, 1, 1).plusDays(id % 90));
        }
    }

    private static final List<Column<Sample>> COLUMNS = List.of(
            Column.number("Id", Sample::id),
            Column.text("Contact", Sample::contact),
            Column.dateTime("Requested", Sample::at),
            Column.duration("Waited", Sample::waited),
            Column.number("Share", Sample::share),
            Column.date("Day", Sample::day),
            Column.text("Note", sample -> sample.id() % 2 == 0 ? null : "note " + sample.id()));

    /** Rows made as they are asked for; at row 10,000 and 90,000 the probe runs. */
    private static Rows<Sample> generated(int rows, Consumer<Integer> probe) {
        return each -> {
            for (int id = 1; id <= rows; id++) {
                if (id == 10_000 || id == 90_000) {
                    probe.accept(id);
                }
                each.accept(Sample.of(id));
            }
        };
    }

    /** Measures the heap at the two probe rows and checks what it grew. */
    private static final class Heap implements Consumer<Integer> {
        private long at10000;
        private long at90000;

        @Override
        public void accept(Integer row) {
            long used = used();
            if (row == 10_000) {
                at10000 = used;
            } else {
                at90000 = used;
            }
        }

        void assertBounded(String format) {
            long growth = at90000 - at10000;
            System.out.printf("%s: heap at row 10,000 %,d kB, at row 90,000 %,d kB, grew %,d kB%n",
                    format, at10000 >> 10, at90000 >> 10, growth >> 10);
            assertTrue(at10000 > 0 && at90000 > 0, "both probes ran");
            assertTrue(growth < HEAP_GROWTH, format + " grew the heap by " + (growth >> 20) + " MB over 80,000 rows");
        }

        private static long used() {
            Runtime runtime = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return runtime.totalMemory() - runtime.freeMemory();
        }
    }

    private Path write(TableWriter writer, Table<Sample> table, String name) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(table, out);
        }
        return file;
    }

    private static Table<Sample> table(Rows<Sample> rows) {
        return new Table<>("Handovers", BERLIN, COLUMNS, rows);
    }

    @Test
    void csvOf100000RowsReadsBackAsRfc4180WithABomAndGuardedFormulas() throws IOException {
        Heap heap = new Heap();
        Path file = write(new CsvTableWriter(), table(generated(ROWS, heap)), "rows.csv");
        heap.assertBounded("CSV");

        byte[] start = new byte[3];
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(3, in.read(start));
        }
        assertEquals("\uFEFF", new String(start, StandardCharsets.UTF_8), "UTF-8 byte order mark");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', reader.read());
            Iterator<CSVRecord> records = CSVParser.parse(reader, CSVFormat.RFC4180).iterator();
            assertEquals(List.of("Id", "Contact", "Requested", "Waited", "Share", "Day", "Note"), records.next().toList());
            int count = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                count++;
                assertEquals(String.valueOf(count), record.get(0));
                if (count == 7) {
                    assertEquals(List.of("7", "'=HYPERLINK(\"x\")", "2026-03-29 01:37:00", "0:00:49", "0.875", "2026-01-08", "note 7"),
                            record.toList(), "a formula is guarded; the time is in Berlin's winter time");
                }
                if (count == 22) {
                    assertEquals(List.of("22", "Jo \"J\" Müller,\nBerlin", "2026-03-29 01:52:00", "0:02:34", "2.75", "2026-01-23", ""),
                            record.toList(), "quotes, a comma and a line break survive; null is empty");
                }
                if (count == 66) {
                    assertEquals("2026-03-29 03:36:00", record.get(2), "01:36 UTC is in Berlin's summer time, an hour later");
                }
                if (count == ROWS) {
                    assertEquals("194:26:40", record.get(3), "durations are [h]:mm:ss past a day");
                }
            }
            assertEquals(ROWS, count);
        }
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("\"Jo \"\"J\"\" Müller,\nBerlin\""));
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("note 1\r\n"), "records end in CRLF");
    }

    @Test
    void xlsxOf100000RowsKeepsAWindowOf100RowsAndReadsBack() throws Exception {
        Path temporary = Files.createDirectory(folder.resolve("poi"));
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temporary.toFile()));
        Heap heap = new Heap();
        XlsxTableWriter writer = new XlsxTableWriter();
        List<Integer> inMemory = new ArrayList<>();
        Consumer<Integer> probe = heap.andThen(row -> inMemory.add(writer.rowsInMemory()));
        Path file = write(writer, table(generated(ROWS, probe)), "rows.xlsx");
        heap.assertBounded("XLSX");
        assertEquals(2, inMemory.size());
        inMemory.forEach(rows -> assertTrue(rows <= XlsxTableWriter.WINDOW, rows + " rows in memory"));
        try (Stream<Path> left = Files.walk(temporary)) {
            assertEquals(List.of(), left.filter(Files::isRegularFile).toList(), "the temporary sheet file is deleted");
        }

        BitSet ids = new BitSet();
        List<String> rowSeven = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), reader.getSharedStringsTable(),
                        new XSSFSheetXMLHandler.SheetContentsHandler() {
                            private int row;

                            @Override
                            public void startRow(int number) {
                                row = number;
                            }

                            @Override
                            public void endRow(int number) {
                            }

                            @Override
                            public void cell(String reference, String value, XSSFComment comment) {
                                if (row > 0 && reference.startsWith("A")) {
                                    ids.set(Integer.parseInt(value));
                                }
                                if (row == 7) {
                                    rowSeven.add(value);
                                }
                            }
                        }, false));
                parser.parse(new InputSource(sheet));
            }
            assertTrue(!sheets.hasNext(), "one sheet");
        }
        assertEquals(ROWS, ids.cardinality());
        assertEquals(ROWS, ids.nextClearBit(1) - 1);
        assertEquals(List.of("7", "=HYPERLINK(\"x\")", "2026-03-29 01:37:00", "0:00:49", "0.875", "2026-01-08", "note 7"), rowSeven,
                "a text cell is text, never a formula, so it needs no guard");
    }

    @Test
    void xlsxCellsAreTypedNumbersDatesInTheTablesZoneAndDurations() throws IOException {
        Path file = write(new XlsxTableWriter(), table(generated(2, row -> { })), "typed.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = book.getSheet("Handovers");
            assertEquals("Id", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex() != 0, "the header is bold");
            Row row = sheet.getRow(2);
            assertEquals(CellType.NUMERIC, row.getCell(0).getCellType());
            assertEquals(2.0, row.getCell(0).getNumericCellValue());
            assertEquals(CellType.STRING, row.getCell(1).getCellType());
            assertEquals("Müller 2", row.getCell(1).getStringCellValue());
            Cell requested = row.getCell(2);
            assertEquals(LocalDateTime.of(2026, 3, 29, 1, 32), requested.getLocalDateTimeCellValue(),
                    "00:32 UTC is 01:32 in Berlin, before the clocks went forward");
            assertEquals("yyyy-mm-dd hh:mm:ss", requested.getCellStyle().getDataFormatString());
            Cell waited = row.getCell(3);
            assertEquals(14 / 86_400.0, waited.getNumericCellValue(), 1e-12);
            assertEquals("[h]:mm:ss", waited.getCellStyle().getDataFormatString());
            assertEquals(0.25, row.getCell(4).getNumericCellValue());
            assertEquals(LocalDate.of(2026, 1, 3), row.getCell(5).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("yyyy-mm-dd", row.getCell(5).getCellStyle().getDataFormatString());
            assertEquals(null, row.getCell(6), "a null cell is empty");
        }
    }

    @Test
    void xlsxStartsANewSheetWithItsHeaderPastTheRowLimit() throws IOException {
        Path file = write(new XlsxTableWriter(1_000), table(generated(2_500, row -> { })), "sheets.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            assertEquals(3, book.getNumberOfSheets());
            assertEquals(List.of("Handovers", "Handovers (2)", "Handovers (3)"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)));
            int id = 0;
            for (Sheet sheet : book) {
                assertEquals("Id", sheet.getRow(0).getCell(0).getStringCellValue());
                for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                    assertEquals(++id, (int) sheet.getRow(i).getCell(0).getNumericCellValue());
                }
            }
            assertEquals(2_500, id);
            assertEquals(999, book.getSheetAt(0).getLastRowNum());
        }
    }

    @Test
    void pdfOf100000RowsHasEveryRowTheHeaderOnEachPageAndPageNumbers() throws IOException {
        Heap heap = new Heap();
        Path file = write(new PdfTableWriter(), table(generated(ROWS, heap)), "rows.pdf");
        heap.assertBounded("PDF");

        PdfReader reader = new PdfReader(file.toString());
        try {
            int pages = reader.getNumberOfPages();
            assertTrue(pages > 1_000, pages + " pages");
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            BitSet ids = new BitSet();
            // The extractor does not always put a space between cells: compare without whitespace.
            Pattern contact = Pattern.compile("Müller (\\d+?)\\s*(?=2026-0\\d-\\d\\d)");
            for (int page = 1; page <= pages; page++) {
                String text = extractor.getTextFromPage(page);
                String compact = text.replaceAll("\\s+", "");
                assertTrue(compact.contains("IdContactRequestedWaitedShareDayNote"), "the header on page " + page);
                assertTrue(compact.contains("Page" + page + "of" + pages), "the number of page " + page);
                Matcher matcher = contact.matcher(text);
                while (matcher.find()) {
                    ids.set(Integer.parseInt(matcher.group(1)));
                }
                if (page == 1) {
                    assertTrue(compact.startsWith("Handovers"), text.substring(0, 40));
                    assertTrue(compact.contains("1Müller12026-03-2901:31:000:00:070.1252026-01-02note1"), text);
                }
                if (page == pages) {
                    assertTrue(compact.contains("100000Müller1000002026-06-0613:10:00194:26:40125002026-01-11"), text);
                }
            }
            long plain = LongStream.rangeClosed(1, ROWS).filter(id -> id % 7 != 0 && id % 11 != 0).count();
            assertEquals(plain, ids.cardinality(), "every row whose contact is plain");
        } finally {
            reader.close();
        }
    }

    @Test
    void rowSourceReadsKeysetPagesAndHandsEachRowOnBeforeTheNextPage() {
        List<String> calls = new ArrayList<>();
        RowSource<Integer> source = RowSource.keyset((last, size) -> {
            calls.add("page after " + last);
            int from = last == null ? 1 : last + 1;
            return IntStream.rangeClosed(from, Math.min(from + size - 1, 1_234)).boxed().toList();
        });
        source.forEach(row -> {
            if (row == 1 || row == 501 || row == 1_001 || row == 1_234) {
                calls.add("row " + row);
            }
        });
        assertEquals(List.of("page after null", "row 1", "page after 500", "row 501", "page after 1000", "row 1001", "row 1234"), calls);
        assertEquals(500, RowSource.PAGE_SIZE);
    }

    @Test
    void rowSourceAsksOnceMoreAfterAFullLastPage() {
        List<Integer> rows = new ArrayList<>();
        RowSource.<Integer>keyset((last, size) -> last == null ? List.of(1, 2) : last == 2 ? List.of() : List.of(9), 2)
                .forEach(rows::add);
        assertEquals(List.of(1, 2), rows);
    }

    @Test
    void rowSourceRefusesAQueryThatGivesTheSamePageAgain() {
        IllegalStateException stuck = assertThrows(IllegalStateException.class,
                () -> RowSource.<Integer>keyset((last, size) -> List.of(1, 2), 2).forEach(row -> { }));
        assertTrue(stuck.getMessage().contains("does not page by its key"));
    }

    @Test
    void csvGuardsEveryFormulaStartAndNothingElse() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + formula, CsvTableWriter.guarded(formula));
        }
        for (String plain : List.of("", "a=b", "Müller", "1-2", " =x")) {
            assertEquals(plain, CsvTableWriter.guarded(plain));
        }
    }

    @Test
    void anAttachmentIsNamedInAsciiAndInUtf8() {
        assertEquals("attachment; filename=\"handovers-2026-12-01.csv\"; filename*=UTF-8''handovers-2026-12-01.csv",
                Downloads.disposition("handovers-2026-12-01", Format.CSV));
        assertEquals("attachment; filename=\"M_ller_s_chats.pdf\"; filename*=UTF-8''M%C3%BCller%27s%20chats.pdf",
                Downloads.disposition("Müller's chats", Format.PDF));
    }

    @Test
    void formatsAreNamedByTheirExtension() {
        assertEquals(Format.XLSX, Format.of("xlsx").orElseThrow());
        assertEquals(Format.CSV, Format.of("CSV").orElseThrow());
        assertTrue(Format.of("docx").isEmpty());
        assertTrue(Format.of(null).isEmpty());
    }
}
