package io.livechat.report.control;

import io.livechat.conversation.entity.Channel;
import io.livechat.handover.entity.HandoverState;
import io.livechat.report.boundary.AgentRow;
import io.livechat.report.boundary.ChartPoint;
import io.livechat.report.boundary.ReportFigures;
import io.livechat.report.boundary.ReportRow;
import io.livechat.report.boundary.ReportSort;
import io.livechat.report.boundary.WaitBucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The report's SQL. Every figure is aggregated by the database: the figures and the chart in one scan of
 * the covering index {@code ix_handover_report}, the agents' rows in one scan of
 * {@code ix_handover_hold_report}, time online from the presence history. Percentiles come from
 * histograms of whole seconds ({@link Histogram}), so no query sorts the period's rows; only aggregates
 * and one page of rows reach Java.
 */
@ApplicationScoped
public class ReportQueries {

    /** The buckets of the waiting-time distribution, in seconds: under 1 min, 1-5, 5-15, 15-60, over 60 min. */
    static final long[] WAIT_BUCKETS = {0, 60, 300, 900, 3600, Long.MAX_VALUE};
    static final String[] WAIT_KEYS = {"under1", "1to5", "5to15", "15to60", "over60"};

    private static final int WAIT = 0;
    private static final int FIRST_RESPONSE = 1;

    @PersistenceContext
    private EntityManager em;

    /**
     * The figures, the chart's points and the waiting-time buckets: one scan, three histograms in one
     * GROUP BY (all zero, without a query, for a caller with no bots).
     */
    public Figures figures(ReportScope scope) {
        List<Instant> starts = scope.window().bucketStarts();
        List<Object> parameters = ReportScope.parameters();
        parameters.add(Timestamp.from(scope.window().from()));
        for (Instant start : starts) {
            parameters.add(Duration.between(scope.window().from(), start).toSeconds());
        }
        String where = scope.handovers(parameters);
        // Each handover row meets the three kinds once: kind 0 groups its waiting time by chart bucket and
        // counts the states, kinds 1 and 2 group its first response and handling times.
        String sql = "SELECT k.kind, IF(k.kind = 0, INTERVAL(TIMESTAMPDIFF(SECOND, ?, h.requested_at), "
                + ReportScope.placeholders(starts.size()) + "), 0) AS bucket,"
                + " CASE k.kind WHEN 0 THEN h.wait_seconds WHEN 1 THEN h.first_response_seconds ELSE h.handling_seconds END AS v,"
                + " COUNT(*), SUM(h.state = 'RESOLVED'), SUM(h.return_count > 0), SUM(h.state = 'PENDING')"
                + " FROM (SELECT 0 AS kind UNION ALL SELECT 1 UNION ALL SELECT 2) k CROSS JOIN handover h"
                + " WHERE" + where + " GROUP BY k.kind, bucket, v";
        Tally tally = new Tally(starts.size());
        for (Object[] row : scope.isEmpty() ? List.<Object[]>of() : rows(sql, parameters)) {
            tally.add(row);
        }
        return tally.figures(starts);
    }

    /** The figures query's rows summed up: counts, and a histogram per chart bucket and per time. */
    private static final class Tally {

        private final Histogram[] waitPerBucket;
        private final long[] requestedPerBucket;
        private final Histogram firstResponse = new Histogram();
        private final Histogram handling = new Histogram();
        private long resolved;
        private long returned;
        private long waiting;

        Tally(int buckets) {
            waitPerBucket = new Histogram[buckets];
            Arrays.setAll(waitPerBucket, i -> new Histogram());
            requestedPerBucket = new long[buckets];
        }

        /** A row (kind, bucket, seconds, count, resolved, returned, waiting). */
        void add(Object[] row) {
            int kind = number(row[0]).intValue();
            Long seconds = row[2] == null ? null : Math.max(0, number(row[2]).longValue());
            long count = number(row[3]).longValue();
            if (kind == WAIT) {
                int bucket = Math.max(0, number(row[1]).intValue() - 1);
                requestedPerBucket[bucket] += count;
                resolved += number(row[4]).longValue();
                returned += number(row[5]).longValue();
                waiting += number(row[6]).longValue();
                if (seconds != null) {
                    waitPerBucket[bucket].add(seconds, count);
                }
            } else if (seconds != null) {
                (kind == FIRST_RESPONSE ? firstResponse : handling).add(seconds, count);
            }
        }

        Figures figures(List<Instant> starts) {
            Histogram wait = new Histogram();
            long requested = 0;
            List<ChartPoint> chart = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                wait.addAll(waitPerBucket[i]);
                requested += requestedPerBucket[i];
                chart.add(new ChartPoint(starts.get(i), requestedPerBucket[i], value(waitPerBucket[i].median())));
            }
            List<WaitBucket> waits = new ArrayList<>();
            for (int i = 0; i < WAIT_KEYS.length; i++) {
                waits.add(new WaitBucket(WAIT_KEYS[i], WAIT_BUCKETS[i], WAIT_BUCKETS[i + 1],
                        wait.countBetween(WAIT_BUCKETS[i], WAIT_BUCKETS[i + 1])));
            }
            return new Figures(new ReportFigures(requested, wait.total(), resolved, returned, waiting,
                    value(wait.median()), value(wait.percentile(0.9)), value(firstResponse.median()),
                    value(firstResponse.percentile(0.9)), value(handling.median()), value(handling.percentile(0.9))),
                    chart, waits);
        }
    }

    /** The figures with the chart's points and the waiting-time buckets. */
    public record Figures(ReportFigures figures, List<ChartPoint> chart, List<WaitBucket> waits) {
    }

    /**
     * One row per agent who held one of the filter's handovers or was online in the period (of the
     * given people, the members of the report's bots): one scan of the holds for their counts and two
     * histograms (first response, handling), one read of the presence history for time online.
     */
    public List<AgentRow> agents(ReportScope scope, Map<Long, String[]> people) {
        if (scope.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = ReportScope.parameters();
        String where = scope.holds(parameters);
        String sql = "SELECT hh.agent_id, k.kind,"
                + " IF(k.kind = 0, hh.response_seconds, IF(hh.ended_by = 'RESOLVED', hh.held_seconds, NULL)) AS v,"
                + " COUNT(*), SUM(hh.ended_by <=> 'RESOLVED'), SUM(hh.ended_by <=> 'RETURNED')"
                + " FROM (SELECT 0 AS kind UNION ALL SELECT 1) k CROSS JOIN handover_hold hh"
                + (scope.needsHandover() ? " JOIN handover h ON h.id = hh.handover_id" : "")
                + " WHERE" + where + " GROUP BY hh.agent_id, k.kind, v";
        Map<Long, AgentTally> tallies = new HashMap<>();
        for (Object[] row : rows(sql, parameters)) {
            tallies.computeIfAbsent(number(row[0]).longValue(), id -> new AgentTally()).add(row);
        }
        Map<Long, Long> online = online(scope, people.keySet());
        Map<Long, String[]> names = new HashMap<>(people);
        names.putAll(namesOf(tallies.keySet().stream().filter(id -> !people.containsKey(id)).toList()));
        List<AgentRow> agents = new ArrayList<>();
        names.forEach((id, name) -> {
            AgentTally tally = tallies.getOrDefault(id, new AgentTally());
            long seconds = online.getOrDefault(id, 0L);
            if (tally.taken > 0 || seconds > 0) {
                agents.add(new AgentRow(name[0], name[1], tally.taken, tally.resolved, tally.returned,
                        value(tally.firstResponse.median()), value(tally.handling.median()), seconds));
            }
        });
        agents.sort(Comparator.comparing(AgentRow::displayName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(AgentRow::username));
        return agents;
    }

    /** One agent's rows of the holds query: (agent, kind, seconds, count, resolved, returned). */
    private static final class AgentTally {

        private final Histogram firstResponse = new Histogram();
        private final Histogram handling = new Histogram();
        private long taken;
        private long resolved;
        private long returned;

        void add(Object[] row) {
            int kind = number(row[1]).intValue();
            long count = number(row[3]).longValue();
            if (kind == 0) {
                taken += count;
                resolved += number(row[4]).longValue();
                returned += number(row[5]).longValue();
            }
            if (row[2] != null) {
                (kind == 0 ? firstResponse : handling).add(Math.max(0, number(row[2]).longValue()), count);
            }
        }
    }

    /**
     * Seconds online in the period per person, from their presence changes before its end: each online
     * spell lasts until their next change (or now), clipped to the period.
     */
    Map<Long, Long> online(ReportScope scope, Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Timestamp from = Timestamp.from(scope.window().from());
        Timestamp until = Timestamp.from(scope.until());
        List<Object> parameters = ReportScope.parameters();
        parameters.addAll(List.of(from, until, until));
        parameters.addAll(accountIds);
        parameters.addAll(List.of(until, until, from));
        String sql = "SELECT p.account_id, SUM(TIMESTAMPDIFF(SECOND, GREATEST(p.changed_at, ?),"
                + " LEAST(COALESCE(p.next_at, ?), ?)))"
                + " FROM (SELECT c.account_id, c.presence, c.changed_at,"
                + " LEAD(c.changed_at) OVER (PARTITION BY c.account_id ORDER BY c.changed_at, c.id) AS next_at"
                + " FROM presence_change c WHERE c.account_id IN (" + ReportScope.placeholders(accountIds.size())
                + ") AND c.changed_at < ?) p"
                + " WHERE p.presence = 'ONLINE' AND COALESCE(p.next_at, ?) > ? GROUP BY p.account_id";
        Map<Long, Long> seconds = new HashMap<>();
        for (Object[] row : rows(sql, parameters)) {
            seconds.put(number(row[0]).longValue(), number(row[1]).longValue());
        }
        return seconds;
    }

    /** Username and display name of each account. */
    public Map<Long, String[]> namesOf(List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Query query = em.createNativeQuery("SELECT id, username, display_name FROM user_account WHERE id IN ("
                + ReportScope.placeholders(accountIds.size()) + ")");
        for (int i = 0; i < accountIds.size(); i++) {
            query.setParameter(i + 1, accountIds.get(i));
        }
        Map<Long, String[]> names = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            names.put(number(columns[0]).longValue(), new String[] {(String) columns[1], (String) columns[2]});
        }
        return names;
    }

    /**
     * A page of the filter's handovers in the order asked, read in the database: the page's ids from the
     * covering index first, then what their rows show.
     */
    public List<ReportRow> handovers(ReportScope scope, ReportSort sort, boolean ascending, int first, int size) {
        List<Object> parameters = ReportScope.parameters();
        String direction = ascending ? " ASC" : " DESC";
        String order = sort.column() + direction + ", h.id" + direction;
        String where = scope.handovers(parameters);
        parameters.add(size);
        parameters.add(first);
        return rows(ROW + " FROM (SELECT h.id FROM handover h WHERE" + where + " ORDER BY " + order
                + " LIMIT ? OFFSET ?) page JOIN handover h ON h.id = page.id" + ROW_JOINS + " ORDER BY " + order,
                parameters).stream().map(ReportQueries::row).toList();
    }

    /** At most {@code size} of the filter's handovers after {@code last} (null: the first), newest request first. */
    public List<ReportRow> handoversAfter(ReportScope scope, ReportRow last, int size) {
        List<Object> parameters = ReportScope.parameters();
        String where = scope.handovers(parameters);
        if (last != null) {
            where += " AND (h.requested_at < ? OR h.requested_at = ? AND h.id < ?)";
            parameters.add(Timestamp.from(last.requestedAt()));
            parameters.add(Timestamp.from(last.requestedAt()));
            parameters.add(last.handoverId());
        }
        parameters.add(size);
        String order = " ORDER BY h.requested_at DESC, h.id DESC";
        return rows(ROW + " FROM (SELECT h.id FROM handover h WHERE" + where + order + " LIMIT ?) page"
                + " JOIN handover h ON h.id = page.id" + ROW_JOINS + order, parameters).stream().map(ReportQueries::row).toList();
    }

    /** One handover's row, by id; null if there is none. */
    public ReportRow handover(long handoverId) {
        List<Object[]> found = rows(ROW + " FROM handover h" + ROW_JOINS + " WHERE h.id = ?", List.of(handoverId));
        return found.isEmpty() ? null : row(found.get(0));
    }

    private static final String ROW = "SELECT h.id, h.conversation_id, COALESCE(c.name, c.external_id), h.bot_id, b.name,"
            + " h.channel, h.step, h.state, u.display_name, h.requested_at, h.first_assigned_at, h.resolved_at,"
            + " (SELECT GROUP_CONCAT(t.tag ORDER BY t.tag SEPARATOR '\\n') FROM conversation_tag t"
            + " WHERE t.conversation_id = h.conversation_id)";

    private static final String ROW_JOINS = " JOIN conversation v ON v.id = h.conversation_id"
            + " JOIN contact c ON c.id = v.contact_id JOIN bot b ON b.id = h.bot_id"
            + " LEFT JOIN user_account u ON u.id = h.assignee_id";

    private static ReportRow row(Object[] row) {
        String tags = (String) row[12];
        return new ReportRow(number(row[0]).longValue(), number(row[1]).longValue(), (String) row[2],
                number(row[3]).longValue(), (String) row[4], Channel.valueOf((String) row[5]), (String) row[6],
                HandoverState.valueOf((String) row[7]), (String) row[8], instant(row[9]), instant(row[10]),
                instant(row[11]), tags == null ? List.of() : List.of(tags.split("\n")));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add(row instanceof Object[] columns ? columns : new Object[] {row});
        }
        return rows;
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant();
    }

    private static Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
