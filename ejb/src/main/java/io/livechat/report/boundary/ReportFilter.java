package io.livechat.report.boundary;

import io.livechat.conversation.entity.Channel;
import io.livechat.handover.entity.HandoverState;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The handover report's filters, one rule for the page and the API, under the same URL parameter
 * names: {@code period} ({@code today}, {@code yesterday}, {@code 7d}, {@code 30d}, or {@code custom}
 * with {@code from} and {@code to}, dates, both days included), {@code bot}, {@code channel},
 * {@code agent} (a username: the handovers they held), {@code state}, {@code tag} and {@code step}
 * (the step the handover came from). The viewer's {@code zone} is read by the web tier's
 * {@code ViewerZone} rule and passed in. A filter that cannot be read is an
 * {@link InvalidFilterException}.
 *
 * @param bot null for every bot the caller supervises
 */
public record ReportFilter(ReportPeriod period, LocalDate from, LocalDate to, ZoneId zone, Long bot, Channel channel,
                           String agent, HandoverState state, String tag, String step) implements Serializable {

    /** The longest custom period, in days. */
    public static final int LONGEST_DAYS = 366;

    public ReportFilter {
        Objects.requireNonNull(period);
        Objects.requireNonNull(zone);
    }

    /** The filters as the URL gives them (null or blank: not set); the period is {@code 7d} without one. */
    public static ReportFilter parse(String period, String from, String to, ZoneId zone, String bot, String channel,
                                     String agent, String state, String tag, String step) {
        ReportPeriod chosen = blank(period) ? ReportPeriod.LAST_7_DAYS : ReportPeriod.of(period.strip());
        LocalDate first = null;
        LocalDate last = null;
        if (chosen == ReportPeriod.CUSTOM) {
            first = date("from", from);
            last = date("to", to);
            if (last.isBefore(first)) {
                throw new InvalidFilterException("to", "must not be before from");
            }
            if (first.plusDays(LONGEST_DAYS).isBefore(last.plusDays(1))) {
                throw new InvalidFilterException("to", "a custom period is " + LONGEST_DAYS + " days at most");
            }
        } else if (!blank(from) || !blank(to)) {
            throw new InvalidFilterException(blank(from) ? "to" : "from", "is only for period=custom");
        }
        return new ReportFilter(chosen, first, last, zone, botId(bot), oneOf("channel", channel, Channel.class),
                text("agent", agent, 80), oneOf("state", state, HandoverState.class), text("tag", tag, 60),
                text("step", step, 120));
    }

    /** The same filters for another bot (null: all the caller supervises). */
    public ReportFilter withBot(Long otherBot) {
        return new ReportFilter(period, from, to, zone, otherBot, channel, agent, state, tag, step);
    }

    /** The instants the period covers in the viewer's zone, and its chart's buckets: hours of one day, else days. */
    public ReportWindow window(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate first = switch (period) {
            case TODAY -> today;
            case YESTERDAY -> today.minusDays(1);
            case LAST_7_DAYS -> today.minusDays(6);
            case LAST_30_DAYS -> today.minusDays(29);
            case CUSTOM -> from;
        };
        LocalDate last = switch (period) {
            case YESTERDAY -> today.minusDays(1);
            case CUSTOM -> to;
            default -> today;
        };
        boolean hourly = first.equals(last);
        List<Instant> starts = new ArrayList<>();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        if (hourly) {
            // Whole hours of the day in the zone: 23 or 25 on the days its clocks change.
            for (Instant at = first.atStartOfDay(zone).toInstant(); at.isBefore(end); at = at.plusSeconds(3600)) {
                starts.add(at);
            }
        } else {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                starts.add(day.atStartOfDay(zone).toInstant());
            }
        }
        return new ReportWindow(starts.get(0), end, starts, hourly, zone);
    }

    /** The filters as URL parameters, in a stable order, only those that are set (the period always). */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("period", period.parameter());
        put(parameters, "from", from);
        put(parameters, "to", to);
        parameters.put("zone", zone.getId());
        put(parameters, "bot", bot);
        put(parameters, "channel", channel);
        put(parameters, "agent", agent);
        put(parameters, "state", state);
        put(parameters, "tag", tag);
        put(parameters, "step", step);
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }

    private static LocalDate date(String name, String value) {
        if (blank(value)) {
            throw new InvalidFilterException(name, "is needed with period=custom (a date such as 2026-11-30)");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFilterException(name, "must be a date such as 2026-11-30, not '"
                    + ReportPeriod.shorten(value) + "'");
        }
    }

    private static Long botId(String value) {
        if (blank(value)) {
            return null;
        }
        if (!value.strip().matches("[1-9][0-9]{0,17}")) {
            throw new InvalidFilterException("bot", "must be a bot id, not '" + ReportPeriod.shorten(value) + "'");
        }
        return Long.valueOf(value.strip());
    }

    /** The constant of the enum the value names exactly (WEB, RESOLVED, ...), null for none. */
    private static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (!names.contains(value.strip())) {
            String choices = String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
            throw new InvalidFilterException(name, "must be " + choices + ", not '" + ReportPeriod.shorten(value) + "'");
        }
        return Enum.valueOf(type, value.strip());
    }

    private static String text(String name, String value, int longest) {
        if (blank(value)) {
            return null;
        }
        if (value.strip().length() > longest) {
            throw new InvalidFilterException(name, "is " + longest + " characters at most");
        }
        return value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
