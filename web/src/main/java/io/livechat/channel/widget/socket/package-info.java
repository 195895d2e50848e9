/** The widget's WebSocket: live messages and typing both ways, with catch-up after a reconnect. */
package io.livechat.channel.widget.socket;
