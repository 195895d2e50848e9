-- Audio and video calls an agent makes to the visitor of a conversation assigned to them, kept for the
-- record (the transcript shows each one) and audited on the conversation's handover.
CREATE TABLE agent_call (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    conversation_id BIGINT       NOT NULL,
    handover_id     BIGINT       NOT NULL,
    bot_id          BIGINT       NOT NULL,
    agent_id        BIGINT       NOT NULL,
    kind            VARCHAR(8)   NOT NULL,
    provider        VARCHAR(16)  NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    visitor_video   BOOLEAN      NOT NULL DEFAULT FALSE,
    room_id         VARCHAR(120),
    rang_at         DATETIME(6)  NOT NULL,
    answered_at     DATETIME(6),
    ended_at        DATETIME(6),
    ended_by        VARCHAR(120),
    version         BIGINT       NOT NULL DEFAULT 0,
    -- At most one ringing or ongoing call per conversation, whoever races to start one.
    open_conversation_id BIGINT AS (IF(state IN ('RINGING', 'ACTIVE'), conversation_id, NULL)) PERSISTENT,
    CONSTRAINT uk_agent_call_open_per_conversation UNIQUE (open_conversation_id),
    CONSTRAINT fk_agent_call_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT fk_agent_call_handover FOREIGN KEY (handover_id) REFERENCES handover (id),
    CONSTRAINT fk_agent_call_bot FOREIGN KEY (bot_id) REFERENCES bot (id),
    CONSTRAINT fk_agent_call_agent FOREIGN KEY (agent_id) REFERENCES user_account (id),
    CONSTRAINT ck_agent_call_kind CHECK (kind IN ('AUDIO', 'VIDEO')),
    CONSTRAINT ck_agent_call_provider CHECK (provider IN ('BUILT_IN', 'ENABLEX')),
    CONSTRAINT ck_agent_call_state CHECK (state IN ('RINGING', 'ACTIVE', 'DECLINED', 'MISSED', 'CANCELLED', 'ENDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_agent_call_agent_state ON agent_call (agent_id, state);

-- Which provider carries a bot's calls: the built-in WebRTC one unless an admin picks another.
ALTER TABLE bot ADD COLUMN call_provider VARCHAR(16) NOT NULL DEFAULT 'BUILT_IN',
    ADD CONSTRAINT ck_bot_call_provider CHECK (call_provider IN ('BUILT_IN', 'ENABLEX'));

-- Calls are audited on the handover of the conversation they were made in.
ALTER TABLE audit_event DROP CONSTRAINT ck_audit_event_action,
    ADD CONSTRAINT ck_audit_event_action CHECK (action IN ('REQUESTED', 'ASSIGNED', 'UNASSIGNED', 'RESOLVED',
        'CALL_STARTED', 'CALL_ACCEPTED', 'CALL_DECLINED', 'CALL_MISSED', 'CALL_CANCELLED', 'CALL_ENDED'));
