/**
 * Unread signals: per person, how many of the user's messages (and new handovers) in the conversations
 * of their Live Chat lists they have not seen, per conversation and per bot; marking a conversation
 * read; and what a person's console should signal (sound, desktop notification) for a push.
 */
package io.livechat.unread.boundary;
