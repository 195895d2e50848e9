package io.livechat.bench.report;

/**
 * One row of the table: what was measured, its target, the baseline measured in the same run (the
 * cheapest endpoint or MariaDB's raw commit rate) and the verdict. {@code load} is the 1-minute load
 * average when the figure was taken, so a reader sees how quiet the shared machine was.
 */
public record Figure(String name, String measured, String target, String baseline, Verdict verdict, String load) {

    /** A figure without a target. */
    public static Figure of(String name, String measured) {
        return new Figure(name, measured, "", "", Verdict.NONE, LoadAverage.oneMinute());
    }

    /** A figure that could not be taken, with the reason in place of the value. */
    public static Figure skipped(String name, String reason) {
        return new Figure(name, reason, "", "", Verdict.SKIPPED, LoadAverage.oneMinute());
    }

    /** A measurement that broke: the run goes on with the next one, and the table says so. */
    public static Figure failed(String name, String reason) {
        return new Figure(name, reason, "", "", Verdict.FAILED, LoadAverage.oneMinute());
    }

    /** This figure judged against a target; {@code value} is in the target's unit. */
    public Figure against(Target target, double value) {
        return new Figure(name, measured, target.text(), baseline, target.judge(value), load);
    }

    public Figure beside(String baseline) {
        return new Figure(name, measured, target, baseline, verdict, load);
    }

    /** Overrides the verdict, for a figure whose measurement itself was incomplete. */
    public Figure judged(Verdict verdict) {
        return new Figure(name, measured, target, baseline, verdict, load);
    }
}
