/**
 * The history pages (issue 12): console/history.xhtml searches a bot's conversations, resolved ones
 * included, with its filters in the URL and its results in a lazy table and in exports;
 * console/history-conversation.xhtml shows one conversation read-only with its handover boundaries
 * and its contact's other conversations with the bot.
 */
package io.livechat.history.view;
