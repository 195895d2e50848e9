package io.livechat.history.boundary;

import java.util.List;

/**
 * One page of a history search.
 *
 * @param total       how many conversations match, {@link #CAP} at most
 * @param more        more than {@link #CAP} match: the page lists the newest {@link #CAP}, the export all of them
 * @param notSearched the typed words no index holds (too short, stopwords), which the page names
 * @param frequent    whether a word (or the text as a tag or visitor id) matched so much that the bot's
 *                    newest conversations were read in order and each was checked
 */
public record HistoryResults(List<HistoryRow> rows, int total, boolean more, List<String> notSearched,
                             boolean frequent) {

    /** The most conversations a search counts and pages through; the export holds every one. */
    public static final int CAP = 500;

    public HistoryResults {
        rows = List.copyOf(rows);
        notSearched = List.copyOf(notSearched);
    }
}
