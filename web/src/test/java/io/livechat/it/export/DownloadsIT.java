package io.livechat.it.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.livechat.it.support.Api;
import io.livechat.it.support.Chromium;
import io.livechat.it.support.Deployments;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The exports through a real JSF answer: a page of the test deployment with {@code ajax="false"}
 * buttons whose actions call {@code Downloads.send}, posted back as a browser posts them. And the
 * viewer's zone on that page in Chromium: the browser's zone is added to the URL, a bad one is a
 * message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DownloadsIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String PAGE = "DownloadsIT.xhtml";

    @ArquillianResource
    private URL base;

    private HttpClient browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application().addClasses(DownloadsITBean.class, DownloadsITBean.Line.class)
                .addAsWebResource("export/DownloadsIT.xhtml", PAGE);
    }

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    @Test
    void aHundredThousandCsvRowsStreamAsTheAnswerOfAButtonWithTheirNameAndTheDownloadCookie() throws Exception {
        HttpResponse<InputStream> csv = press("Europe/Berlin", "csv");
        assertEquals(200, csv.statusCode());
        assertEquals("text/csv;charset=utf-8", csv.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
        assertEquals("attachment; filename=\"M_ller_s_downloads.csv\"; filename*=UTF-8''M%C3%BCller%27s%20downloads.csv",
                csv.headers().firstValue("Content-Disposition").orElseThrow());
        assertTrue(csv.headers().firstValue("Content-Length").isEmpty(), "streamed, not buffered: " + csv.headers().map());
        assertTrue(csv.headers().allValues("Set-Cookie").stream().anyMatch(cookie -> cookie.startsWith("primefaces.download_DownloadsIT=true")),
                "PrimeFaces' download cookie for monitorDownload: " + csv.headers().allValues("Set-Cookie"));

        int rows = 0;
        try (Reader reader = new InputStreamReader(csv.body(), StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', reader.read(), "UTF-8 with a byte order mark");
            Iterator<CSVRecord> records = CSVParser.parse(reader, CSVFormat.RFC4180).iterator();
            assertEquals(List.of("Id", "Contact", "Requested", "Waited", "Share"), records.next().toList());
            while (records.hasNext()) {
                CSVRecord record = records.next();
                rows++;
                assertEquals(String.valueOf(rows), record.get(0), "in order, none lost or repeated at the pages' seams");
                if (rows == 1_000) {
                    assertEquals(List.of("1000", "'=cmd|'/c calc'!A1", "2026-12-02 03:40:00", "1000:16:40", "250"), record.toList(),
                            "a formula guarded; 02:40 UTC is 03:40 in Berlin");
                }
            }
        }
        assertEquals(DownloadsITBean.CSV_ROWS, rows);
    }

    @Test
    void anXlsxIsTypedInTheViewersZoneAndAPdfIsReadable() throws Exception {
        HttpResponse<InputStream> xlsx = press("Asia/Kolkata", "xlsx");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElseThrow()
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), xlsx.headers().map()::toString);
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment; filename=\"downloads.xlsx\""));
        try (XSSFWorkbook book = new XSSFWorkbook(xlsx.body())) {
            Row row = book.getSheet("Downloads").getRow(2);
            assertEquals(CellType.NUMERIC, row.getCell(0).getCellType());
            assertEquals(2.0, row.getCell(0).getNumericCellValue());
            assertEquals("Müller 2", row.getCell(1).getStringCellValue());
            assertEquals(LocalDateTime.of(2026, 12, 1, 15, 32), row.getCell(2).getLocalDateTimeCellValue(), "10:02 UTC is 15:32 in Kolkata");
            assertEquals(7_202 / 86_400.0, row.getCell(3).getNumericCellValue(), 1e-12);
            assertEquals("[h]:mm:ss", row.getCell(3).getCellStyle().getDataFormatString());
            assertEquals(0.5, row.getCell(4).getNumericCellValue());
            assertEquals(DownloadsITBean.TYPED_ROWS, book.getSheet("Downloads").getLastRowNum());
        }

        HttpResponse<InputStream> pdf = press("Asia/Kolkata", "pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElseThrow().startsWith("application/pdf"), pdf.headers().map()::toString);
        PdfReader reader = new PdfReader(pdf.body());
        try {
            assertEquals(1, reader.getNumberOfPages());
            String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", "");
            assertTrue(text.startsWith("DownloadsIdContactRequestedWaitedShare"), text);
            assertTrue(text.contains("3Müller32026-12-0115:33:003:00:030.75"), text);
            assertTrue(text.contains("Page1of1"), text);
        } finally {
            reader.close();
        }
    }

    @Test
    void thePageAddsTheBrowsersZoneToItsUrlAndSaysWhenAZoneIsUnknown() throws Exception {
        try (Chromium chromium = new Chromium("DownloadsIT")) {
            String site = Api.site(base);
            chromium.driver.get(site + PAGE);
            chromium.waitFor("the browser's zone in the URL", d -> d.getCurrentUrl().contains("?zone=") ? true : null);
            chromium.find("#zone");
            String zone = (String) chromium.script("return Intl.DateTimeFormat().resolvedOptions().timeZone");
            assertEquals(site + PAGE + "?zone=" + URLEncoder.encode(zone, StandardCharsets.UTF_8), chromium.driver.getCurrentUrl());
            assertEquals(zone, chromium.find("#zone").getText());

            chromium.driver.get(site + PAGE + "?zone=Mars%2FOlympus_Mons");
            assertEquals("Unknown time zone \"Mars/Olympus_Mons\": the zone in the address must be an IANA time zone id, such as Europe/Berlin or UTC.",
                    chromium.find("#messages").getText());
            assertTrue(chromium.driver.getCurrentUrl().endsWith("?zone=Mars%2FOlympus_Mons"), "a bad zone is not replaced behind the viewer's back");
            assertEquals("UTC", chromium.find("#zone").getText());
            assertTrue(chromium.driver.findElements(By.cssSelector("script[src*='zone.js']")).isEmpty());
        }
    }

    /** Opens the page in the zone and presses one of its buttons, as a browser posts the form. */
    private HttpResponse<InputStream> press(String zone, String button) throws Exception {
        URI page = URI.create(Api.site(base) + PAGE + "?zone=" + URLEncoder.encode(zone, StandardCharsets.UTF_8));
        String html = browser.send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = VIEW_STATE.matcher(html);
        assertTrue(viewState.find(), html);
        String form = "downloads=downloads&downloads%3A" + button + "=&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create(Api.site(base) + PAGE))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofInputStream());
    }
}
