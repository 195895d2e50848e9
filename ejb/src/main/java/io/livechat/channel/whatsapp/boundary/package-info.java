/**
 * WhatsApp Cloud API channel: the webhook that takes in what users send (stored first, processed
 * after), the gateway that sends our messages through the Graph API from an outbox, and the
 * administration of a bot's WhatsApp number and access token.
 */
package io.livechat.channel.whatsapp.boundary;
