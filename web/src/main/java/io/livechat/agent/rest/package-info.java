/** The calling person over REST: presence and their bots. */
package io.livechat.agent.rest;
