/**
 * Delivery of stored outbound messages to their channel gateways, and the files of transcripts:
 * {@link io.livechat.conversation.control.FileStore} (their bytes, a chunk at a time) and
 * {@link io.livechat.conversation.control.ContentTypes} (what a file is, from its bytes), which the
 * channels use too.
 */
package io.livechat.conversation.control;
