-- Consecutive wrong passwords per account and until when the account refuses to check another one
-- (an exponential backoff, never a permanent lockout). In the database, not in a node's memory, so
-- that an attacker who spreads guesses over the nodes of a cluster meets the same limit. A row exists
-- only while there are failures; a right password deletes it.
CREATE TABLE login_failure (
    account_id    BIGINT      NOT NULL PRIMARY KEY,
    failures      INT         NOT NULL,
    blocked_until DATETIME(6),
    CONSTRAINT fk_login_failure_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB;
