/** The audit trail: every transition of a handover, and what happened to accounts outside handovers; who did it and when. */
package io.livechat.audit.entity;
