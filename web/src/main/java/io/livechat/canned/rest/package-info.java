/** The REST edge of canned responses: a bot's list for its people, and the writes of its managers and admins. */
package io.livechat.canned.rest;
