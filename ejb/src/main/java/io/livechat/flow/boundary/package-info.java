/**
 * The bot's workflow: a versioned JSON document of steps per bot that admins import and export,
 * and that answers the user while the bot is the conversation's responder.
 */
package io.livechat.flow.boundary;
