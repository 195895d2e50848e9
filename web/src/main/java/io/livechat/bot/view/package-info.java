/**
 * The bots as people see them in the consoles: the agent dashboard (the bots a person works, with
 * their waiting handovers, live) and the administration pages where admins create and edit bots.
 */
package io.livechat.bot.view;
