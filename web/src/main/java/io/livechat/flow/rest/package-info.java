/** The bot's workflow over REST: export and import of the flow document. */
package io.livechat.flow.rest;
