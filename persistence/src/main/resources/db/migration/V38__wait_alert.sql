-- The managers' live view marks a handover that has waited longer than its bot's wait alert (minutes).
ALTER TABLE bot ADD COLUMN wait_alert_minutes INT NOT NULL DEFAULT 5,
    ADD CONSTRAINT ck_bot_wait_alert_minutes CHECK (wait_alert_minutes BETWEEN 1 AND 1440);

-- Open chats per agent of a bot (Workloads): one range read of this index, grouped by assignee, no row read.
ALTER TABLE handover ADD INDEX ix_handover_bot_state_assignee (bot_id, state, assignee_id);
