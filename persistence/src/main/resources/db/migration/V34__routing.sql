-- Routing: how many open chats (assigned, unresolved) each agent of a bot may hold at once, and whether
-- the bot gives each new handover to an agent itself. NULL is no limit; a member's own limit overrides the bot's.
ALTER TABLE bot ADD COLUMN max_chats_per_agent INT,
    ADD COLUMN auto_assign BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT ck_bot_max_chats_per_agent CHECK (max_chats_per_agent BETWEEN 1 AND 1000);

-- What the user reads when their chat moves to another agent ({agent}: the new agent's display name).
ALTER TABLE bot ADD COLUMN handed_on_text VARCHAR(500) NOT NULL DEFAULT 'You are being transferred to {agent}';

-- Per member of a bot: their own limit, and when a chat of that bot was last given to them (who has been
-- idle longest gets the next auto-assigned handover). Every assignment locks the member's row first, so
-- two assignments to one agent are decided one after the other and a limit is never overrun.
ALTER TABLE bot_member ADD COLUMN max_chats INT,
    ADD COLUMN last_assigned_at DATETIME(6),
    ADD CONSTRAINT ck_bot_member_max_chats CHECK (max_chats BETWEEN 1 AND 1000);

-- Counting an agent's open chats of a bot reads this index only.
CREATE INDEX ix_handover_bot_assignee_state ON handover (bot_id, assignee_id, state);

ALTER TABLE audit_event DROP CONSTRAINT ck_audit_event_action,
    ADD CONSTRAINT ck_audit_event_action CHECK (action IN ('REQUESTED', 'ASSIGNED', 'UNASSIGNED', 'RESOLVED',
        'CALL_STARTED', 'CALL_ACCEPTED', 'CALL_DECLINED', 'CALL_MISSED', 'CALL_CANCELLED', 'CALL_ENDED',
        'TRANSFERRED', 'REASSIGNED'));
