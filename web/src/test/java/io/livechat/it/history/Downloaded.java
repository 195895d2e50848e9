package io.livechat.it.history;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.livechat.it.support.Chromium;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Files a page downloads in Chromium, opened as their readers would open them. */
final class Downloaded {

    private Downloaded() {
    }

    /** Makes the browser save downloads into a folder of its own under target/downloads. */
    static Path into(Chromium browser, String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "downloads", name).toAbsolutePath());
            browser.driver.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", folder.toString()));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file once it is there whole (Chromium writes a .crdownload first). */
    static Path await(Path folder, String name) {
        Path file = folder.resolve(name);
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.isRegularFile(file) || Files.exists(folder.resolve(name + ".crdownload"))) {
            if (System.nanoTime() > until) {
                throw new AssertionError(name + " was not downloaded into " + folder);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return file;
    }

    /** The CSV's rows (its byte order mark aside). */
    static List<List<String>> csv(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int first = in.read();
            if (first != '\uFEFF') {
                throw new AssertionError("no byte order mark: " + (char) first);
            }
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.parse(in)) {
                rows.add(record.toList());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sheet's cells as Excel shows them. */
    static List<List<String>> xlsx(Path file) {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            DataFormatter shown = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(shown.formatCellValue(cell)));
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF's text, page after page. */
    static String pdfText(Path file) {
        try (PdfReader reader = new PdfReader(Files.newInputStream(file))) {
            PdfTextExtractor text = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(text.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
