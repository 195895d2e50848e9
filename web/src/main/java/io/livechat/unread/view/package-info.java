/** Unread signals on the console pages: row and bot counts, the tab title, sound and desktop notifications. */
package io.livechat.unread.view;
