/** Bots: what end users talk to, with the texts they send on handover and the people who work them. */
package io.livechat.bot.entity;
