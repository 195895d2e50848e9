package io.livechat.audit.entity;

/** What happened to an account that the audit trail keeps. BOOTSTRAPPED: created as the first admin from configuration. */
public enum AccountAction {
    BOOTSTRAPPED
}
