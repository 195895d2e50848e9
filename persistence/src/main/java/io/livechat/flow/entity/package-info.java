/** The bot's workflow: the stored versions of each bot's flow and where each conversation stands in it. */
package io.livechat.flow.entity;
