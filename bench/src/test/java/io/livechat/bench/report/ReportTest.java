package io.livechat.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void printsAMarkdownTableWithAlignedColumns() {
        Report report = new Report(null);
        report.add(Figure.of("short", "1 ms"));
        report.add(Figure.of("a much longer name", "a|b").against(Target.atMost(50, "<= 50 ms"), 10));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("|")).toList();
        assertEquals(4, lines.size(), "heading, rule, two rows");
        assertTrue(lines.stream().allMatch(line -> line.length() == lines.get(0).length()), "aligned: " + lines);
        assertTrue(lines.get(3).contains("a\\|b"), "a pipe in a cell is escaped");
        assertTrue(lines.get(3).contains("met"));
    }

    @Test
    void quickRunsFailOnFarOffAndFailedFiguresOnly() {
        Report report = new Report(null);
        report.add(Figure.of("missed", "").against(Target.atMost(50, ""), 100));
        report.add(Figure.skipped("skipped", "no log"));
        assertFalse(report.failsQuickRun());
        report.add(Figure.of("far", "").against(Target.atMost(50, ""), 1000));
        assertTrue(report.failsQuickRun());
    }
}
