/**
 * What every console page that shows a conversation shares: who signed a message ({@link
 * io.livechat.conversation.view.Senders}) beside the one message bubble, {@code
 * /WEB-INF/livechat/message.xhtml}. Other features' pages use both.
 */
package io.livechat.conversation.view;
