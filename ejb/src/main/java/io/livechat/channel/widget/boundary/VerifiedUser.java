package io.livechat.channel.widget.boundary;

/**
 * A user of the host site vouched for by the site's server: {@code hash} is the hex HMAC-SHA256 of
 * {@code userId} keyed with the bot's widget secret, which only the site's server and Live Chat know.
 */
public record VerifiedUser(String userId, String hash) {
}
