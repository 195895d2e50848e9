-- Every change of a person's presence, as presence is today: one per account, for all their bots. The
-- handover report sums each agent's time online in a period from it. Written in the transaction of the
-- change itself (agent.control.PresenceChanges), append-only.
CREATE TABLE presence_change (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    presence   VARCHAR(16) NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    -- The report reads each agent's changes before the period's end in time order, from this index alone.
    KEY ix_presence_change_account_changed (account_id, changed_at, presence),
    CONSTRAINT fk_presence_change_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT ck_presence_change_presence CHECK (presence IN ('ONLINE', 'OFFLINE'))
) ENGINE = InnoDB;

-- Presence was not recorded before: whoever is online now counts as online from now on.
INSERT INTO presence_change (account_id, presence, changed_at)
SELECT id, 'ONLINE', UTC_TIMESTAMP(6) FROM user_account WHERE presence = 'ONLINE';
