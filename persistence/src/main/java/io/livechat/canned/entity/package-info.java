/** Canned responses: a bot's ready-made replies, written by its managers, inserted by its agents. */
package io.livechat.canned.entity;
