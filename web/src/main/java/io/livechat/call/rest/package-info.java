/** Calls over REST: start one in a conversation, read it, end it, and send its WebRTC signals. */
package io.livechat.call.rest;
