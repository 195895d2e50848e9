/** The web chat widget channel: delivery to visitors of a bot's web site. */
package io.livechat.channel.widget.control;
