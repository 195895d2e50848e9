/**
 * How the history searches: the typed text as full-text terms ({@code SearchTerms}), the SQL of the
 * two plans (rare and frequent words, {@code HistoryQueries}), a short-lived cache of recent searches,
 * and where a conversation's handover boundaries go between its messages ({@code HistoryEntries}).
 */
package io.livechat.history.control;
