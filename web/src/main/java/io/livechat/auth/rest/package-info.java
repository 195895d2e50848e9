/** API credentials over REST: tokens for people and for bot engines. */
package io.livechat.auth.rest;
