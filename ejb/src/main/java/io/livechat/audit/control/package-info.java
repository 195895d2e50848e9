/** Keeps the audit trail in step with the handovers. */
package io.livechat.audit.control;
