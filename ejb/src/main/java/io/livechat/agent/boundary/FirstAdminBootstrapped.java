package io.livechat.agent.boundary;

import java.time.Instant;

/**
 * Fired in the transaction that created the first admin from configuration, for the audit trail.
 *
 * @param passwordSetting the setting the password came from (its name, never its value)
 */
public record FirstAdminBootstrapped(long accountId, String passwordSetting, Instant at) {
}
