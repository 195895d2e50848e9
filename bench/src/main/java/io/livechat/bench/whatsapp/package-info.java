/**
 * WhatsApp inbound: signed webhooks, ingest under wrk and at a fixed rate, processing as the database
 * shows it, and the Graph API stub that answers the bot's sends.
 */
package io.livechat.bench.whatsapp;
