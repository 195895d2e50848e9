/**
 * WhatsApp Cloud API channel, persistent part: a bot's access token, the webhook inbox of raw signed
 * payloads, the files users sent, and the outbox of messages to send.
 */
package io.livechat.channel.whatsapp.entity;
