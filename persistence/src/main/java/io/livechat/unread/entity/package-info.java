/** Unread signals: how far each person has read each conversation. */
package io.livechat.unread.entity;
