/**
 * The web chat widget: visitor sessions for a bot's public widget key, the web site origins that may
 * embed it, what visitors write and read, and typing on both sides. The web module carries it over
 * HTTP and a WebSocket.
 */
package io.livechat.channel.widget.boundary;
