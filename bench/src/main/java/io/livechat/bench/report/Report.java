package io.livechat.bench.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The run's table: a Markdown table with aligned columns, so it reads in a terminal and pastes into
 * the README unchanged. Figures are printed in the order they were taken.
 */
public final class Report {

    private static final String[] HEADINGS = {"figure", "measured", "target", "baseline, same run", "verdict", "load 1m"};

    private final List<String> preamble = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final PrintStream progress;

    /** @param progress where each figure is shown as it is taken, or null */
    public Report(PrintStream progress) {
        this.progress = progress;
    }

    /** A line printed above the table (what ran where, load averages). */
    public void note(String line) {
        preamble.add(line);
    }

    public synchronized void add(Figure figure) {
        figures.add(figure);
        if (progress != null) {
            progress.printf("  -> %s: %s%s%n", figure.name(), figure.measured(),
                    figure.verdict().label().isEmpty() ? "" : " [" + figure.verdict().label() + "]");
        }
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    /** Whether --quick fails: some figure far off its target, or a correctness failure. */
    public boolean failsQuickRun() {
        return figures.stream().anyMatch(figure -> figure.verdict().failsQuickRun());
    }

    public void print(PrintStream out) {
        preamble.forEach(out::println);
        out.println();
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (Figure f : figures) {
            rows.add(new String[] {f.name(), f.measured(), f.target(), f.baseline(), f.verdict().label(), f.load()});
        }
        int[] widths = new int[HEADINGS.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], escape(row[i]).length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            out.println(line(rows.get(r), widths));
            if (r == 0) {
                String[] rule = new String[widths.length];
                for (int i = 0; i < widths.length; i++) {
                    rule[i] = "-".repeat(widths[i]);
                }
                out.println(line(rule, widths));
            }
        }
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            String cell = escape(cells[i]);
            line.append(' ').append(cell).append(" ".repeat(widths[i] - cell.length())).append(" |");
        }
        return line.toString();
    }

    // A pipe inside a cell would end it in Markdown.
    private static String escape(String cell) {
        return cell == null ? "" : cell.replace("|", "\\|");
    }
}
