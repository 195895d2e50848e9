/** The agent dashboard: the bots a person works, with their waiting handovers, live. */
package io.livechat.bot.view;
