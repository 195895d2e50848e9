/** The audit trail of handovers, as managers and admins read it. */
package io.livechat.audit.boundary;
