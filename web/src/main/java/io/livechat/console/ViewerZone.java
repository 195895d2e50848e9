package io.livechat.console;

import io.livechat.shared.boundary.InvalidInputException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The viewer's time zone, one rule for every page and export that shows times: the {@code zone}
 * URL parameter, an IANA zone id such as {@code Europe/Berlin}. Without one, times are in UTC
 * (the pages' {@code zone.xhtml} script adds the browser's zone to the URL at once); a zone that
 * is not an IANA id (an offset such as {@code +02:00}, a typo) is refused, never guessed, so that a
 * shared link shows the same times to everyone or none.
 */
public final class ViewerZone {

    /** The URL parameter, the same name on the pages and the API. */
    public static final String PARAMETER = "zone";

    /** The zone of a URL without {@code zone}. */
    public static final ZoneId DEFAULT = ZoneId.of("UTC");

    private static final int LONGEST_ID = 64;

    private ViewerZone() {
    }

    /** The zone the parameter names, {@link #DEFAULT} when it is absent or blank, empty when it names none. */
    public static Optional<ZoneId> parse(String id) {
        if (id == null || id.isBlank()) {
            return Optional.of(DEFAULT);
        }
        return id.length() <= LONGEST_ID && ZoneId.getAvailableZoneIds().contains(id)
                ? Optional.of(ZoneId.of(id)) : Optional.empty();
    }

    /** The zone the parameter names, for the API: one it does not know is invalid input (422). */
    public static ZoneId of(String id) {
        return parse(id).orElseThrow(() -> new InvalidInputException(PARAMETER + ": " + refusal(id)));
    }

    /** Why the id is refused, in English: the API's detail (the pages say it from their bundle, {@code zone.invalid}). */
    static String refusal(String id) {
        return "'" + shown(id) + "' is not an IANA time zone id (such as Europe/Berlin or UTC)";
    }

    /** The id as a message may repeat it: at most 64 characters. */
    static String shown(String id) {
        return id.length() <= LONGEST_ID ? id : id.substring(0, LONGEST_ID) + "…";
    }
}
