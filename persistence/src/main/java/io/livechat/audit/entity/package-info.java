/** The audit trail of handovers: every transition, who made it and when. */
package io.livechat.audit.entity;
