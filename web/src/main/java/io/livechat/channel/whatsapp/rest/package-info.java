/**
 * WhatsApp Cloud API channel, web edge: Meta's webhook (outside /api, authenticated by its
 * signature) and the admin and agent endpoints for a bot's WhatsApp number and the files users sent.
 */
package io.livechat.channel.whatsapp.rest;
