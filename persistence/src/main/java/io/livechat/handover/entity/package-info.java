/** Handovers: a conversation that a bot passed to its human agents, from request to resolution. */
package io.livechat.handover.entity;
