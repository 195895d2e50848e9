/** Bots and who may see and act on them. */
package io.livechat.bot.boundary;
