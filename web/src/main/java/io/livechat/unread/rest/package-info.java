/** The caller's unread counts of a bot, and marking a conversation read, over the API. */
package io.livechat.unread.rest;
