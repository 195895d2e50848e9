package io.livechat.bench.report;

/**
 * A target of issue 9 and how to judge a measured value against it. "Far off" is the bar
 * --quick fails on: a rate under a quarter of its target, a time over four times its target.
 * A target of zero (deadlocks, SEVERE lines, lost messages) is a correctness target: any
 * occurrence fails.
 */
public record Target(String text, Kind kind, double value) {

    public enum Kind { AT_LEAST, AT_MOST, EXACTLY }

    static final double FAR_FACTOR = 4;

    public static Target atLeast(double value, String text) {
        return new Target(text, Kind.AT_LEAST, value);
    }

    public static Target atMost(double value, String text) {
        return new Target(text, Kind.AT_MOST, value);
    }

    public static Target exactly(double value, String text) {
        return new Target(text, Kind.EXACTLY, value);
    }

    public Verdict judge(double measured) {
        if (Double.isNaN(measured)) {
            return Verdict.FAILED;
        }
        return switch (kind) {
            case EXACTLY -> measured == value ? Verdict.MET : Verdict.FAILED;
            case AT_LEAST -> measured >= value ? Verdict.MET : measured * FAR_FACTOR < value ? Verdict.FAR : Verdict.MISSED;
            case AT_MOST -> {
                if (measured <= value) {
                    yield Verdict.MET;
                }
                yield value == 0 || measured > value * FAR_FACTOR ? Verdict.FAR : Verdict.MISSED;
            }
        };
    }
}
