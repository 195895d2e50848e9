/** Transcripts and agents' replies over REST. */
package io.livechat.conversation.rest;
