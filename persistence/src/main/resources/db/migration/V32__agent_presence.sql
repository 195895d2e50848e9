-- An agent's presence follows their consoles. Each node records which agents have a console push socket
-- open on it (left_at NULL while one is), confirms them every minute and notes when the last one there
-- closed; a node that died stops confirming, so its rows count as left when they were last seen. An
-- online agent whose consoles have all been gone for livechat.agent.offline.after goes offline.
CREATE TABLE agent_console (
    user_id BIGINT      NOT NULL,
    node    CHAR(36)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    seen_at DATETIME(6) NOT NULL,
    left_at DATETIME(6),
    PRIMARY KEY (user_id, node),
    KEY ix_agent_console_node (node),
    CONSTRAINT fk_agent_console_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
);

-- Since when an offline agent is offline: a bot may return their assigned chats to the queue after a while.
ALTER TABLE user_account ADD COLUMN offline_since DATETIME(6);
UPDATE user_account SET offline_since = CURRENT_TIMESTAMP(6) WHERE presence = 'OFFLINE';

-- What becomes of the chats of an agent who went offline: NULL keeps them with the agent, a number of
-- minutes returns them to the queue once the agent has been offline that long.
ALTER TABLE bot ADD COLUMN offline_return_minutes INT,
    ADD CONSTRAINT ck_bot_offline_return_minutes CHECK (offline_return_minutes BETWEEN 1 AND 1440);
