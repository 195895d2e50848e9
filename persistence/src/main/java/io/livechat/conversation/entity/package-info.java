/** Conversations between a contact and a bot, and the messages of their transcript. */
package io.livechat.conversation.entity;
