/** The web widget's own data: which sites may embed a bot's widget, and visitor sessions. */
package io.livechat.channel.widget.entity;
