package io.livechat.shared.boundary;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page of a list ends: the sort key of its last row, a time (where the list is ordered by
 * one) and the row's id, which breaks ties so that the order is total. Callers get it as an opaque
 * text and hand it back for the next page; the next page holds the rows that come after this key,
 * however the rows before it changed meanwhile.
 */
public record Cursor(Instant at, long id) {

    private static final Pattern TEXT = Pattern.compile("(?:(-?\\d{1,19})\\.(\\d{1,9}):)?(\\d{1,19})");

    public Cursor {
        if (id < 0) {
            throw new IllegalArgumentException("A row id is never negative: " + id);
        }
    }

    /** The key of a row of a list ordered by id alone. */
    public static Cursor afterId(long id) {
        return new Cursor(null, id);
    }

    /** The key of a row of a list ordered by a time, then by id. */
    public static Cursor after(Instant at, long id) {
        return new Cursor(Objects.requireNonNull(at), id);
    }

    /** The time of a key of a time-ordered list; refuses a key of a list ordered by id alone. */
    public Instant time() {
        if (at == null) {
            throw malformed();
        }
        return at;
    }

    /** The key of a list ordered by id alone; refuses a key of a time-ordered list. */
    public long plainId() {
        if (at != null) {
            throw malformed();
        }
        return id;
    }

    public String encode() {
        String text = at == null ? Long.toString(id) : at.getEpochSecond() + "." + at.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** The key that {@link #encode} wrote; anything else is refused as invalid input. */
    public static Cursor decode(String encoded) {
        try {
            Matcher key = TEXT.matcher(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII));
            if (!key.matches()) {
                throw malformed();
            }
            long id = Long.parseLong(key.group(3));
            return key.group(1) == null ? afterId(id)
                    : after(Instant.ofEpochSecond(Long.parseLong(key.group(1)), Long.parseLong(key.group(2))), id);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw malformed();
        }
    }

    private static InvalidInputException malformed() {
        return new InvalidInputException("cursor is not one that this list gave; start again without it");
    }
}
