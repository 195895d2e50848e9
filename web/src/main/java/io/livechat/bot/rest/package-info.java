/** Bots over REST: admins create them and choose their members. */
package io.livechat.bot.rest;
