package io.livechat.report.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.conversation.entity.Channel;
import io.livechat.handover.entity.HandoverState;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportFilterTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** 00:30 on 2026-11-26 in Berlin. */
    private static final Instant NOW = Instant.parse("2026-11-25T23:30:00Z");

    private static ReportFilter parse(String period, String from, String to) {
        return ReportFilter.parse(period, from, to, BERLIN, null, null, null, null, null, null);
    }

    @Test
    void periodsAreWholeDaysInTheViewersZone() {
        ReportWindow today = parse("today", null, null).window(NOW);
        assertEquals(Instant.parse("2026-11-25T23:00:00Z"), today.from());
        assertEquals(Instant.parse("2026-11-26T23:00:00Z"), today.to());
        assertTrue(today.hourly());
        assertEquals(24, today.bucketStarts().size());

        ReportWindow yesterday = parse("yesterday", null, null).window(NOW);
        assertEquals(Instant.parse("2026-11-24T23:00:00Z"), yesterday.from());
        assertEquals(Instant.parse("2026-11-25T23:00:00Z"), yesterday.to());

        ReportWindow week = parse("7d", null, null).window(NOW);
        assertEquals(Instant.parse("2026-11-19T23:00:00Z"), week.from());
        assertFalse(week.hourly());
        assertEquals(7, week.bucketStarts().size());
        assertEquals(30, parse("30d", null, null).window(NOW).bucketStarts().size());
        assertEquals(ReportPeriod.LAST_7_DAYS, parse(null, null, null).period());
    }

    @Test
    void aCustomPeriodIncludesBothDaysAndADayWithAClockChangeHasItsOwnHours() {
        ReportWindow custom = parse("custom", "2026-10-01", "2026-10-31").window(NOW);
        assertEquals(31, custom.bucketStarts().size());
        assertEquals(Instant.parse("2026-09-30T22:00:00Z"), custom.from());
        assertEquals(Instant.parse("2026-10-31T23:00:00Z"), custom.to());
        // Berlin's clocks went back on 2026-10-25: that day has 25 hours.
        assertEquals(25, parse("custom", "2026-10-25", "2026-10-25").window(NOW).bucketStarts().size());
    }

    @Test
    void readsEveryFilterAndWritesThemBackAsTheUrlHasThem() {
        ReportFilter filter = ReportFilter.parse("custom", "2026-11-01", "2026-11-02", BERLIN, "7", "WHATSAPP",
                "alice", "RESOLVED", "refund", "ask-order");
        assertEquals(7L, filter.bot());
        assertEquals(Channel.WHATSAPP, filter.channel());
        assertEquals(HandoverState.RESOLVED, filter.state());
        assertEquals(Map.of("period", "custom", "from", "2026-11-01", "to", "2026-11-02", "zone", "Europe/Berlin",
                "bot", "7", "channel", "WHATSAPP", "agent", "alice", "state", "RESOLVED", "tag", "refund",
                "step", "ask-order"), filter.parameters());
        assertEquals(null, filter.withBot(null).bot());
    }

    @Test
    void refusesWhatItCannotRead() {
        assertRefused("period", () -> parse("week", null, null));
        assertRefused("from", () -> parse("custom", null, "2026-11-02"));
        assertRefused("to", () -> parse("custom", "2026-11-02", "2026-11-01"));
        assertRefused("from", () -> parse("custom", "02.11.2026", "2026-11-03"));
        assertRefused("to", () -> parse("custom", "2025-01-01", "2026-11-03"));
        assertRefused("from", () -> parse("7d", "2026-11-01", null));
        assertRefused("bot", () -> ReportFilter.parse("7d", null, null, BERLIN, "abc", null, null, null, null, null));
        assertRefused("channel", () -> ReportFilter.parse("7d", null, null, BERLIN, null, "SMS", null, null, null, null));
        assertRefused("state", () -> ReportFilter.parse("7d", null, null, BERLIN, null, null, null, "OPEN", null, null));
        assertRefused("tag", () -> ReportFilter.parse("7d", null, null, BERLIN, null, null, null, null, "x".repeat(61), null));
    }

    private static void assertRefused(String filter, Runnable parse) {
        InvalidFilterException refused = assertThrows(InvalidFilterException.class, parse::run);
        assertEquals(filter, refused.filter(), refused.getMessage());
    }
}
