-- Issue 13: what happened to an account outside any handover, so it has no place in audit_event. For
-- now one action: the first admin created from configuration (LIVECHAT_BOOTSTRAP_ADMIN). Never a password.
CREATE TABLE account_audit_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    actor       VARCHAR(120) NOT NULL,
    action      VARCHAR(32)  NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    detail      VARCHAR(1000),
    CONSTRAINT fk_account_audit_event_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT ck_account_audit_event_action CHECK (action IN ('BOOTSTRAPPED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_account_audit_event_account ON account_audit_event (account_id, occurred_at);
