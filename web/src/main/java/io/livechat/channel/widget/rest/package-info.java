/**
 * The widget over HTTP: the visitors' API under /widget/api (their own session tokens, CORS for the
 * bot's allowed origins), the composer module and emoji picker pages load cross-origin, and, under
 * /api/v1, the admins' widget settings and the agents' typing.
 */
package io.livechat.channel.widget.rest;
