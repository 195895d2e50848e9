package io.livechat.report.boundary;

import java.io.Serializable;

/**
 * One agent's row of the report, for the filtered handovers requested in the period.
 *
 * @param taken               how often they were given one (assigned to them, transferred or reassigned to them)
 * @param resolved            how many they resolved
 * @param returned            how many went back to the queue from them
 * @param firstResponseMedian median seconds from being given one to their first message in it (null: none)
 * @param handlingMedian      median seconds from being given one to resolving it, of those they resolved (null: none)
 * @param onlineSeconds       their time online within the period (until now, if it is not over)
 */
public record AgentRow(String username, String displayName, long taken, long resolved, long returned,
                       Double firstResponseMedian, Double handlingMedian, long onlineSeconds) implements Serializable {
}
