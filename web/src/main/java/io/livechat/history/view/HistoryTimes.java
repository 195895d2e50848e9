package io.livechat.history.view;

import io.livechat.console.ViewerZone;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the history pages show a time: in the viewer's zone (ViewerZone), to the minute, e.g. 2026-03-01 10:04. */
final class HistoryTimes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private HistoryTimes() {
    }

    /** The time in the zone the URL names (UTC without one). */
    static String shown(Instant at, ZoneId zone) {
        return at == null ? "" : SHOWN.format(at.atZone(zone(zone)));
    }

    /** The zone the URL names, {@link ViewerZone#DEFAULT} without one. */
    static ZoneId zone(ZoneId named) {
        return named == null ? ViewerZone.DEFAULT : named;
    }
}
