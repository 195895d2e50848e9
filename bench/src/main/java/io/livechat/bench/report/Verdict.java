package io.livechat.bench.report;

/** How a figure compares with its target of issue 9. */
public enum Verdict {
    /** No target: the figure is there to be read. */
    NONE(""),
    MET("met"),
    /** Worse than the target, but within four times it. */
    MISSED("missed"),
    /** Worse than four times the target (under a quarter of a rate): --quick fails the run. */
    FAR("FAR OFF"),
    /** A correctness failure (two assign winners, lost messages) or a measurement that broke: --quick fails. */
    FAILED("FAILED"),
    /** Could not be measured in this set-up (the reason is in the figure). */
    SKIPPED("not measured");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether --quick exits non-zero for it. */
    public boolean failsQuickRun() {
        return this == FAR || this == FAILED;
    }
}
