-- The bot's workflow: every imported version of a bot's flow document is kept (append only), the
-- highest version is the one that runs. A bot without a row runs the built-in default flow.
CREATE TABLE bot_flow (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bot_id     BIGINT       NOT NULL,
    version    INT          NOT NULL,
    document   MEDIUMTEXT   NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    created_by VARCHAR(200) NOT NULL,
    CONSTRAINT fk_bot_flow_bot FOREIGN KEY (bot_id) REFERENCES bot (id),
    CONSTRAINT uq_bot_flow_version UNIQUE (bot_id, version)
);

-- Where a conversation stands in its bot's flow: the step that waits for the user's answer.
CREATE TABLE flow_session (
    conversation_id BIGINT      NOT NULL PRIMARY KEY,
    flow_version    INT         NOT NULL,
    step_id         VARCHAR(60) NULL,
    status          VARCHAR(16) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_flow_session_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT ck_flow_session_status CHECK (status IN ('WAITING', 'HANDED_OVER', 'ENDED'))
);
