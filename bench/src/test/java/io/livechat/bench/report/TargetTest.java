package io.livechat.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void aRateUnderAQuarterOfItsTargetIsFarOff() {
        Target target = Target.atLeast(500, ">= 500 msg/s");
        assertEquals(Verdict.MET, target.judge(500));
        assertEquals(Verdict.MISSED, target.judge(125));
        assertEquals(Verdict.FAR, target.judge(124));
    }

    @Test
    void aTimeOverFourTimesItsTargetIsFarOff() {
        Target target = Target.atMost(50, "p99 <= 50 ms");
        assertEquals(Verdict.MET, target.judge(50));
        assertEquals(Verdict.MISSED, target.judge(200));
        assertEquals(Verdict.FAR, target.judge(201));
    }

    @Test
    void anyOccurrenceMissesATargetOfZero() {
        assertEquals(Verdict.MET, Target.atMost(0, "0").judge(0));
        assertEquals(Verdict.FAR, Target.atMost(0, "0").judge(1));
    }

    @Test
    void anExactTargetIsACorrectnessTarget() {
        assertEquals(Verdict.MET, Target.exactly(1, "one winner").judge(1));
        assertEquals(Verdict.FAILED, Target.exactly(1, "one winner").judge(2));
        assertEquals(Verdict.FAILED, Target.exactly(1, "one winner").judge(0));
    }

    @Test
    void aValueThatCouldNotBeMeasuredFails() {
        assertEquals(Verdict.FAILED, Target.atMost(50, "p99 <= 50 ms").judge(Double.NaN));
    }
}
