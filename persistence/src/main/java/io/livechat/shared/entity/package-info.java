/** Mapping helpers that every feature's entities share. */
package io.livechat.shared.entity;
