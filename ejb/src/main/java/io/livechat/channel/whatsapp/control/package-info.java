/**
 * WhatsApp Cloud API channel, the parts behind the boundaries: the webhook signature, reading
 * Meta's payloads, the Graph API client, the outbox and the retry loop.
 */
package io.livechat.channel.whatsapp.control;
