/** The web chat widget channel: delivery to visitors of a bot's web site, and the widget's cryptography. */
package io.livechat.channel.widget.control;
