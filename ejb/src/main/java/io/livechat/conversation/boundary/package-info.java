/** Conversations and their transcripts: reading them, agents' replies, and delivery through channels. */
package io.livechat.conversation.boundary;
