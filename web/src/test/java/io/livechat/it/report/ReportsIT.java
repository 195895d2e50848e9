package io.livechat.it.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.BrowserIT;
import io.livechat.it.support.Chromium;
import io.livechat.it.support.Fixture;
import io.livechat.it.whatsapp.Database;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The handover report in the real WAR: a day of real API transitions (assign, reply, unassign, resolve)
 * whose times are then set in the database, so that every figure, percentile, chart point, bucket,
 * agent row and handover row has a known answer; the drill-down; the downloads opened and read; the
 * API's CSV; filters, bad filters; and who is refused.
 */
class ReportsIT extends BrowserIT {

    /** 2026-06-15 in Berlin (UTC+2): 2026-06-14T22:00Z to 2026-06-15T22:00Z. */
    private static final String DAY = "period=custom&from=2026-06-15&to=2026-06-15&zone=Europe/Berlin";

    /** What one seeded day is: its bot, people and handovers (H1 to H5 in the day, H6 the evening before). */
    private record Day(long bot, String manager, String alice, String ben, long[] handovers, long[] conversations,
                       long otherBot, long otherHandover, String otherManager) {

        String query() {
            return DAY + "&bot=" + bot;
        }
    }

    @Test
    void aManagerReadsTheFiguresOfADayWhoseAnswersAreKnownAndDrillsIntoAHandover() throws Exception {
        Day day = seed();
        browser.signIn(site, day.manager(), Fixture.PASSWORD);
        browser.driver.get(site + "console/reports.xhtml?" + day.query());
        browser.find("#report-figures");

        Map<String, String> expected = Map.ofEntries(
                Map.entry("requested", "5"),
                Map.entry("assigned", "4"),
                Map.entry("resolved", "3"),
                Map.entry("returned", "1"),
                Map.entry("waiting", "1"),
                Map.entry("shareResolved", "0.6"),
                Map.entry("waitMedian", "360.0"),
                Map.entry("wait90", "3960.0"),
                Map.entry("firstResponseMedian", "60.0"),
                Map.entry("firstResponse90", "92.0"),
                Map.entry("handlingMedian", "700.0"),
                Map.entry("handling90", "1580.0"));
        assertEquals(expected, figures());
        assertEquals("6 min 0 s", figureText("waitMedian"));
        assertEquals("1 h 6 min", figureText("wait90"));
        assertEquals("60.0 %", figureText("shareResolved"));

        // 24 hours of Berlin's day; H1 and H2 at 10:00, H3 at 11:00, H4 at 14:00, H5 at 15:00.
        List<WebElement> points = browser.driver.findElements(By.cssSelector("#report-volume .report-point"));
        assertEquals(24, points.size());
        Map<Integer, String> busy = new LinkedHashMap<>();
        for (int hour = 0; hour < points.size(); hour++) {
            WebElement point = points.get(hour);
            if (!"0".equals(point.getAttribute("data-handovers"))) {
                busy.put(hour, point.getAttribute("data-handovers") + " " + point.getAttribute("data-wait-median"));
            }
        }
        assertEquals(Map.of(10, "2 75.0", 11, "1 600.0", 14, "1 null", 15, "1 5400.0"), busy);
        assertEquals("10:00", points.get(10).findElement(By.tagName("td")).getText());

        Map<String, String> buckets = new LinkedHashMap<>();
        for (WebElement bucket : browser.driver.findElements(By.cssSelector("#report-waits .report-bucket"))) {
            buckets.put(bucket.getAttribute("data-bucket"), bucket.getAttribute("data-handovers"));
        }
        assertEquals(Map.of("under1", "1", "1to5", "1", "5to15", "1", "15to60", "0", "over60", "1"), buckets);

        assertEquals(List.of(
                day.alice() + " 3 2 0 37.5 960.0 46800",
                day.ben() + " 2 1 1 80.0 700.0 25200"), agents());

        // Newest request first: H5, H4, H3, H2, H1; H6 (the evening before in Berlin) is not in the day.
        assertEquals(List.of(
                "Visitor h5|WhatsApp|ask-order|RESOLVED|Ben|2026-06-15 15:00:00|2026-06-15 16:30:00|2026-06-15 16:41:40|refund",
                "Visitor h4|Web|refund-request|PENDING||2026-06-15 14:00:00|||",
                "Visitor h3|Web|ask-order|ASSIGNED|Alice|2026-06-15 11:00:00|2026-06-15 11:10:00||",
                "Visitor h2|Web|ask-order|RESOLVED|Alice|2026-06-15 10:20:00|2026-06-15 10:22:00|2026-06-15 10:52:00|",
                "Visitor h1|Web|ask-order|RESOLVED|Alice|2026-06-15 10:00:00|2026-06-15 10:00:30|2026-06-15 10:10:30|"),
                handoverRows());
        browser.screenshot("report");

        // The drill-down of H2: every transition in order, beside its read-only transcript.
        browser.driver.findElement(By.cssSelector("a.report-contact[data-handover='" + day.handovers()[1] + "']")).click();
        browser.find("#report-drilldown");
        List<String> trail = browser.driver.findElements(By.cssSelector("#report-audit .report-transition")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().limit(5).map(WebElement::getText).toList()
                        .toString()).toList();
        assertEquals(List.of(
                "[2026-06-15 10:20:00, REQUESTED, admin, , PENDING]",
                "[2026-06-15 10:22:00, ASSIGNED, " + day.ben() + ", PENDING, ASSIGNED]",
                "[2026-06-15 10:25:00, UNASSIGNED, " + day.ben() + ", ASSIGNED, PENDING]",
                "[2026-06-15 10:30:00, ASSIGNED, " + day.alice() + ", PENDING, ASSIGNED]",
                "[2026-06-15 10:52:00, RESOLVED, " + day.alice() + ", ASSIGNED, RESOLVED]"), trail);
        List<String> bubbles = browser.driver.findElements(By.cssSelector("#report-drilldown .livechat-msg")).stream()
                .map(bubble -> bubble.getAttribute("data-sender") + " " + bubble.findElement(By.cssSelector(".livechat-msg-text")).getText())
                .filter(line -> !line.startsWith("SYSTEM")).toList();
        assertEquals(List.of("USER I need help with my order", "BOT Let me find an agent for you.",
                "AGENT Ben looks at h2", "AGENT Alice answers h2"), bubbles);
        assertTrue(browser.find("#report-drilldown .livechat-msg-AGENT .livechat-msg-sender").getText().startsWith("Ben"));
        browser.screenshot("report-audit-trail");

        // Another bot's handover is not found, and shows nothing of it.
        browser.driver.get(site + "console/reports.xhtml?" + day.query() + "&handover=" + day.otherHandover());
        browser.find("#error-404");
        assertFalse(browser.driver.getPageSource().contains("Visitor other"));
    }

    @Test
    void filtersNarrowTheDayAndBadFiltersAreRefused() throws Exception {
        Day day = seed();
        browser.signIn(site, day.manager(), Fixture.PASSWORD);
        assertEquals("1", requestedWith(day.query() + "&tag=refund"));
        assertEquals("1", requestedWith(day.query() + "&channel=WHATSAPP"));
        assertEquals("3", requestedWith(day.query() + "&state=RESOLVED"));
        assertEquals("1", requestedWith(day.query() + "&step=refund-request"));
        assertEquals("2", requestedWith(day.query() + "&agent=" + day.ben()));
        assertEquals(List.of(day.ben() + " 2 1 1 80.0 700.0 25200"), agents());
        // Without a bot: every bot the manager manages, which is this one (not the other bot's handover).
        assertEquals("5", requestedWith(DAY));
        // The filter form keeps the URL's filters and submits them as a GET: the result is a link.
        browser.driver.get(site + "console/reports.xhtml?" + day.query());
        browser.click("#filter-state option[value='RESOLVED']");
        browser.click("#filter-apply");
        browser.waitFor("the filtered URL", d -> d.getCurrentUrl().contains("state=RESOLVED") ? true : null);
        assertTrue(browser.driver.getCurrentUrl().contains("bot=" + day.bot()));
        assertEquals("3", browser.find("tr[data-figure='requested']").getAttribute("data-value"));

        browser.driver.get(site + "console/reports.xhtml?period=week&zone=UTC");
        assertTrue(browser.find("#report-messages").getText().contains("period"), browser.find("#report-messages").getText());
        assertTrue(browser.driver.findElements(By.id("report-figures")).isEmpty());

        Api manager = fixture.as(day.manager());
        for (String bad : List.of("period=week", "period=custom&to=2026-06-15", "period=custom&from=2026-06-15&to=2026-06-14",
                "period=7d&bot=abc", "period=7d&channel=SMS", "period=7d&state=OPEN", "period=7d&zone=Mars/Olympus")) {
            ApiResponse refused = manager.get("api/v1/reports/handovers?" + bad);
            assertEquals(422, refused.status(), bad + ": " + refused);
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
        }
    }

    @Test
    void theDownloadsHoldTheTableTheApiAnswersTheSameAndOutsidersAreRefused() throws Exception {
        Day day = seed();
        Path downloads = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "report-downloads-");
        browser.driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.<String, Object>of("behavior", "allow", "downloadPath", downloads.toString()));
        browser.signIn(site, day.manager(), Fixture.PASSWORD);
        browser.driver.get(site + "console/reports.xhtml?" + day.query());

        browser.click("#report\\:export-handovers-csv");
        String csv = new String(download(downloads, "handovers.csv"), StandardCharsets.UTF_8);
        List<String> csvLines = csv.replace("\uFEFF", "").lines().toList();
        assertEquals(6, csvLines.size(), csv);
        assertTrue(csvLines.get(0).startsWith("Id,Contact,Bot,Channel,Step,State,Assignee,Requested"), csvLines.get(0));
        assertTrue(csvLines.get(1).startsWith(day.handovers()[4] + ",Visitor h5,"), csvLines.get(1));
        assertTrue(csvLines.get(1).contains("WHATSAPP") && csvLines.get(1).endsWith("refund"), csvLines.get(1));
        assertTrue(csvLines.get(5).startsWith(day.handovers()[0] + ",Visitor h1,"), csvLines.get(5));

        ApiResponse api = fixture.as(day.manager()).get("api/v1/reports/handovers?" + day.query());
        assertEquals(200, api.status(), api::toString);
        assertTrue(api.contentType().startsWith("text/csv"), api.contentType());
        assertEquals(csvLines, api.body().replace("\uFEFF", "").lines().toList(), "the API's CSV is the page's");

        browser.click("#report\\:export-handovers-xlsx");
        try (InputStream in = Files.newInputStream(downloadPath(downloads, "handovers.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            assertEquals(5, sheet.getLastRowNum());
            Row first = sheet.getRow(1);
            assertEquals(day.handovers()[4], (long) first.getCell(0).getNumericCellValue());
            assertEquals("Visitor h5", cells.formatCellValue(first.getCell(1)));
            assertEquals("Visitor h1", cells.formatCellValue(sheet.getRow(5).getCell(1)));
        }

        browser.click("#report\\:export-handovers-pdf");
        try (PdfReader pdf = new PdfReader(Files.readAllBytes(downloadPath(downloads, "handovers.pdf")))) {
            String text = new PdfTextExtractor(pdf).getTextFromPage(1);
            for (String contact : List.of("Visitor h1", "Visitor h2", "Visitor h3", "Visitor h4", "Visitor h5")) {
                assertTrue(text.contains(contact), contact + " in " + text);
            }
        }

        browser.click("#report\\:export-agents-csv");
        List<String> agentLines = new String(download(downloads, "agents.csv"), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").lines().toList();
        assertEquals(3, agentLines.size(), agentLines.toString());
        assertTrue(agentLines.get(1).contains(day.alice() + ",3,2,0,"), agentLines.get(1));

        // An agent: no team reports, on the page and the API.
        browser.close();
        browser = new Chromium("ReportsIT-agent");
        browser.signIn(site, day.alice(), Fixture.PASSWORD);
        assertTrue(browser.driver.findElements(By.id("nav-reports")).isEmpty(), "no Reports entry for an agent");
        browser.driver.get(site + "console/reports.xhtml?" + day.query());
        browser.find("#error-403");
        assertEquals(403, fixture.as(day.alice()).get("api/v1/reports/handovers?" + day.query()).status());
        assertEquals(403, fixture.as(day.alice()).get("api/v1/reports/handovers").status());

        // A manager of another bot who names this one: refused, nothing shown.
        browser.close();
        browser = new Chromium("ReportsIT-outsider");
        browser.signIn(site, day.otherManager(), Fixture.PASSWORD);
        browser.find("#nav-reports");
        browser.driver.get(site + "console/reports.xhtml?" + day.query());
        browser.find("#error-403");
        assertFalse(browser.driver.getPageSource().contains("Visitor h"));
        ApiResponse outsider = fixture.as(day.otherManager()).get("api/v1/reports/handovers?" + day.query());
        assertEquals(403, outsider.status(), outsider::toString);
        assertFalse(outsider.body().contains("Visitor h"));
    }

    // --- the seeded day

    /**
     * A bot with a manager and agents Alice and Ben, and six handovers made through the API as people
     * make them, with their times then set to known moments of 2026-06-15 in Berlin (H6 at 23:30 the
     * evening before). First the facts the transitions kept are checked.
     */
    private Day seed() {
        long bot = fixture.bot("Report");
        String manager = fixture.person("manager", "MANAGER", bot);
        String alice = fixture.person("alice", "AGENT", bot);
        String ben = fixture.person("ben", "AGENT", bot);
        rename(alice, "Alice");
        rename(ben, "Ben");
        Api asAlice = fixture.as(alice);
        Api asBen = fixture.as(ben);
        Fixture.goOnline(asAlice);
        Fixture.goOnline(asBen);
        long[] handovers = new long[6];
        long[] conversations = new long[6];
        for (int i = 0; i < 6; i++) {
            JsonObject request = Fixture.handoverRequest(bot, "h" + (i + 1) + "-" + Fixture.unique());
            JsonObject named = Json.createObjectBuilder(request).add("contact", Json.createObjectBuilder(
                    request.getJsonObject("contact")).add("name", "Visitor h" + (i + 1))).build();
            ApiResponse created = fixture.admin().post("api/v1/handovers", named);
            assertEquals(201, created.status(), created::toString);
            handovers[i] = created.object().getJsonNumber("id").longValue();
            conversations[i] = created.object().getJsonNumber("conversationId").longValue();
        }
        // H1: Alice takes it, answers, resolves.
        ok(asAlice.post("api/v1/handovers/" + handovers[0] + "/assignment", null));
        ok(asAlice.post("api/v1/conversations/" + conversations[0] + "/messages", text("Alice answers h1")));
        ok(asAlice.post("api/v1/handovers/" + handovers[0] + "/resolution", null));
        // H2: Ben takes it, writes, gives it back; Alice takes it, answers, resolves.
        ok(asBen.post("api/v1/handovers/" + handovers[1] + "/assignment", null));
        ok(asBen.post("api/v1/conversations/" + conversations[1] + "/messages", text("Ben looks at h2")));
        ok(asBen.delete("api/v1/handovers/" + handovers[1] + "/assignment"));
        ok(asAlice.post("api/v1/handovers/" + handovers[1] + "/assignment", null));
        ok(asAlice.post("api/v1/conversations/" + conversations[1] + "/messages", text("Alice answers h2")));
        ok(asAlice.post("api/v1/handovers/" + handovers[1] + "/resolution", null));
        // H3: Alice takes it and has not answered yet. H4 waits.
        ok(asAlice.post("api/v1/handovers/" + handovers[2] + "/assignment", null));
        // H5: Ben takes it, answers, resolves; it is tagged. H6: Alice takes and resolves it.
        ok(asBen.post("api/v1/handovers/" + handovers[4] + "/assignment", null));
        ok(asBen.post("api/v1/conversations/" + conversations[4] + "/messages", text("Ben answers h5")));
        ok(asBen.post("api/v1/handovers/" + handovers[4] + "/resolution", null));
        ok(fixture.admin().put("api/v1/conversations/" + conversations[4] + "/tags/refund", null));
        ok(asAlice.post("api/v1/handovers/" + handovers[5] + "/assignment", null));
        ok(asAlice.post("api/v1/handovers/" + handovers[5] + "/resolution", null));

        // The facts the transitions kept, before their times are moved.
        assertEquals(2, Database.count("SELECT COUNT(*) FROM handover_hold WHERE handover_id = ?", handovers[1]));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM handover_hold WHERE handover_id = ? AND ended_by = 'RETURNED'"
                + " AND agent_id = (SELECT id FROM user_account WHERE username = ?)", handovers[1], ben));
        assertEquals(1, Database.count("SELECT return_count FROM handover WHERE id = ?", handovers[1]));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM handover WHERE id = ? AND first_response_at IS NOT NULL"
                + " AND first_assigned_at < assigned_at", handovers[1]));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM handover_hold WHERE handover_id = ? AND to_at IS NULL", handovers[2]));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM handover WHERE id = ? AND first_response_at IS NOT NULL", handovers[2]));
        assertTrue(Database.count("SELECT COUNT(*) FROM presence_change WHERE presence = 'ONLINE'"
                + " AND account_id = (SELECT id FROM user_account WHERE username = ?)", alice) >= 1);

        // Known times (UTC): Berlin is two hours ahead.
        times(handovers[0], "08:00:00", "08:00:30", "08:00:30", "08:01:00", "08:10:30");
        hold(handovers[0], alice, "08:00:30", "08:10:30", "08:01:00");
        audit(handovers[0], "ASSIGNED", alice, "08:00:30");
        audit(handovers[0], "RESOLVED", alice, "08:10:30");

        times(handovers[1], "08:20:00", "08:22:00", "08:30:00", "08:23:00", "08:52:00");
        hold(handovers[1], ben, "08:22:00", "08:25:00", "08:23:00");
        hold(handovers[1], alice, "08:30:00", "08:52:00", "08:30:45");
        audit(handovers[1], "ASSIGNED", ben, "08:22:00");
        audit(handovers[1], "UNASSIGNED", ben, "08:25:00");
        audit(handovers[1], "ASSIGNED", alice, "08:30:00");
        audit(handovers[1], "RESOLVED", alice, "08:52:00");

        times(handovers[2], "09:00:00", "09:10:00", "09:10:00", null, null);
        hold(handovers[2], alice, "09:10:00", null, null);
        times(handovers[3], "12:00:00", null, null, null, null);
        Database.execute("UPDATE handover SET step = 'refund-request' WHERE id = " + handovers[3]);

        times(handovers[4], "13:00:00", "14:30:00", "14:30:00", "14:31:40", "14:41:40");
        hold(handovers[4], ben, "14:30:00", "14:41:40", "14:31:40");
        Database.execute("UPDATE handover SET channel = 'WHATSAPP' WHERE id = " + handovers[4]);

        Database.execute("UPDATE handover SET requested_at = '2026-06-14 21:30:00', first_assigned_at = '2026-06-14 21:31:00',"
                + " assigned_at = '2026-06-14 21:31:00', resolved_at = '2026-06-14 21:40:00' WHERE id = " + handovers[5]);
        Database.execute("UPDATE handover_hold SET requested_at = '2026-06-14 21:30:00', from_at = '2026-06-14 21:31:00',"
                + " to_at = '2026-06-14 21:40:00' WHERE handover_id = " + handovers[5]);

        // Presence: Alice online from before the day until 12:00 Berlin and again from 23:00 (still online),
        // Ben from 10:00 to 17:00 Berlin and again the next day.
        presence(alice, "2026-06-14 20:00:00 ONLINE", "2026-06-15 10:00:00 OFFLINE", "2026-06-15 21:00:00 ONLINE");
        presence(ben, "2026-06-15 08:00:00 ONLINE", "2026-06-15 15:00:00 OFFLINE", "2026-06-15 23:00:00 ONLINE");

        // Another bot, its manager, and a handover of it in the same day.
        long otherBot = fixture.bot("Elsewhere");
        String otherManager = fixture.person("outsider", "MANAGER", otherBot);
        JsonObject request = Fixture.handoverRequest(otherBot, "other-" + Fixture.unique());
        JsonObject named = Json.createObjectBuilder(request).add("contact", Json.createObjectBuilder(
                request.getJsonObject("contact")).add("name", "Visitor other")).build();
        ApiResponse other = fixture.admin().post("api/v1/handovers", named);
        assertEquals(201, other.status(), other::toString);
        long otherHandover = other.object().getJsonNumber("id").longValue();
        times(otherHandover, "09:30:00", null, null, null, null);
        return new Day(bot, manager, alice, ben, handovers, conversations, otherBot, otherHandover, otherManager);
    }

    private static void rename(String username, String displayName) {
        Database.execute("UPDATE user_account SET display_name = '" + displayName + "' WHERE username = '" + username + "'");
    }

    private static JsonObject text(String text) {
        return Json.createObjectBuilder().add("text", text).build();
    }

    private static void ok(ApiResponse response) {
        assertTrue(response.status() >= 200 && response.status() < 300, response::toString);
    }

    private static String at(String time) {
        return time == null ? "NULL" : "'2026-06-15 " + time + "'";
    }

    private static void times(long handover, String requested, String firstAssigned, String assigned, String firstResponse,
                              String resolved) {
        Database.execute("UPDATE handover SET requested_at = " + at(requested) + ", first_assigned_at = " + at(firstAssigned)
                + ", assigned_at = " + at(assigned) + ", first_response_at = " + at(firstResponse)
                + ", resolved_at = " + at(resolved) + " WHERE id = " + handover);
        Database.execute("UPDATE handover_hold SET requested_at = " + at(requested) + " WHERE handover_id = " + handover);
        if (requested != null) {
            Database.execute("UPDATE audit_event SET occurred_at = " + at(requested) + " WHERE handover_id = " + handover
                    + " AND action = 'REQUESTED'");
        }
    }

    private static void hold(long handover, String agent, String from, String to, String firstResponse) {
        Database.execute("UPDATE handover_hold SET from_at = " + at(from) + ", to_at = " + at(to)
                + ", first_response_at = " + at(firstResponse) + " WHERE handover_id = " + handover
                + " AND agent_id = (SELECT id FROM user_account WHERE username = '" + agent + "')");
    }

    /** Moves the transition (the first of its action by the actor that is not moved yet) to the time. */
    private static void audit(long handover, String action, String actor, String time) {
        Database.execute("UPDATE audit_event SET occurred_at = " + at(time) + " WHERE handover_id = " + handover
                + " AND action = '" + action + "'" + (actor == null ? "" : " AND actor = '" + actor + "'")
                + " AND occurred_at > '2026-06-16' ORDER BY id LIMIT 1");
    }

    private static void presence(String username, String... changes) {
        String account = "(SELECT id FROM user_account WHERE username = '" + username + "')";
        Database.execute("DELETE FROM presence_change WHERE account_id = " + account);
        for (String change : changes) {
            String[] parts = change.split(" ");
            Database.execute("INSERT INTO presence_change (account_id, presence, changed_at) SELECT id, '" + parts[2]
                    + "', '" + parts[0] + " " + parts[1] + "' FROM user_account WHERE username = '" + username + "'");
        }
    }

    // --- reading the page

    private Map<String, String> figures() {
        Map<String, String> figures = new LinkedHashMap<>();
        for (WebElement row : browser.driver.findElements(By.cssSelector("#report-figures tr[data-figure]"))) {
            figures.put(row.getAttribute("data-figure"), row.getAttribute("data-value"));
        }
        return figures;
    }

    private String figureText(String figure) {
        return browser.find("#report-figures tr[data-figure='" + figure + "'] td").getText();
    }

    private String requestedWith(String query) {
        browser.driver.get(site + "console/reports.xhtml?" + query);
        return browser.find("#report-figures tr[data-figure='requested']").getAttribute("data-value");
    }

    private List<String> agents() {
        return browser.driver.findElements(By.cssSelector("#report-agents .report-agent")).stream()
                .map(row -> String.join(" ", row.getAttribute("data-username"), row.getAttribute("data-taken"),
                        row.getAttribute("data-resolved"), row.getAttribute("data-returned"),
                        String.valueOf(row.getAttribute("data-first-response")), String.valueOf(row.getAttribute("data-handling")),
                        row.getAttribute("data-online")))
                .toList();
    }

    private List<String> handoverRows() {
        List<String> rows = new ArrayList<>();
        for (WebElement row : browser.driver.findElements(By.cssSelector("#report\\:handovers tbody tr.report-row"))) {
            List<String> cells = new ArrayList<>(row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
            cells.remove(1); // the bot
            cells.set(3, row.findElement(By.cssSelector(".report-state")).getAttribute("data-state"));
            rows.add(String.join("|", cells).strip());
        }
        return rows;
    }

    private static Path downloadPath(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            if (Files.exists(file) && Files.size(file) > 0) {
                try (Stream<Path> partial = Files.list(folder)) {
                    if (partial.noneMatch(p -> p.toString().endsWith(".crdownload"))) {
                        return file;
                    }
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        throw new AssertionError("no download " + name + " in " + folder);
    }

    private static byte[] download(Path folder, String name) throws IOException {
        return Files.readAllBytes(downloadPath(folder, name));
    }
}
