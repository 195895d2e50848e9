/** The administration pages of bots: the list where admins create them and the page that edits one. */
package io.livechat.bot.view;
