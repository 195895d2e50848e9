/** Delivery of stored outbound messages to their channel gateways. */
package io.livechat.conversation.control;
