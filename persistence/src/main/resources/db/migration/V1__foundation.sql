-- Foundation schema: bots and their people, contacts, conversations, handovers and their audit trail,
-- and the credentials the REST API issues. All times are UTC, microsecond precision.

CREATE TABLE bot (
    id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                     VARCHAR(120) NOT NULL,
    widget_key               VARCHAR(64)  NOT NULL,
    whatsapp_phone_number_id VARCHAR(64),
    transferred_text         VARCHAR(500) NOT NULL,
    resolved_text            VARCHAR(500) NOT NULL,
    agents_away_text         VARCHAR(500) NOT NULL,
    audio_calls_enabled      BOOLEAN      NOT NULL DEFAULT FALSE,
    video_calls_enabled      BOOLEAN      NOT NULL DEFAULT FALSE,
    call_project_id          VARCHAR(120),
    created_at               DATETIME(6)  NOT NULL,
    version                  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_bot_widget_key UNIQUE (widget_key),
    CONSTRAINT uk_bot_whatsapp_number UNIQUE (whatsapp_phone_number_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(80)  NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    email         VARCHAR(254),
    role          VARCHAR(16)  NOT NULL,
    password_hash VARCHAR(400),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    presence      VARCHAR(16)  NOT NULL DEFAULT 'OFFLINE',
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_user_account_username UNIQUE (username),
    CONSTRAINT ck_user_account_role CHECK (role IN ('ADMIN', 'MANAGER', 'AGENT')),
    CONSTRAINT ck_user_account_presence CHECK (presence IN ('ONLINE', 'OFFLINE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Agents and managers who work a bot; many per bot, and a person may work many bots.
CREATE TABLE bot_member (
    bot_id     BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (bot_id, account_id),
    CONSTRAINT fk_bot_member_bot FOREIGN KEY (bot_id) REFERENCES bot (id) ON DELETE CASCADE,
    CONSTRAINT fk_bot_member_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE contact (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bot_id      BIGINT       NOT NULL,
    channel     VARCHAR(16)  NOT NULL,
    external_id VARCHAR(128) NOT NULL,
    name        VARCHAR(200),
    phone       VARCHAR(32),
    email       VARCHAR(254),
    locale      VARCHAR(35),
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_contact_identity UNIQUE (bot_id, channel, external_id),
    CONSTRAINT fk_contact_bot FOREIGN KEY (bot_id) REFERENCES bot (id),
    CONSTRAINT ck_contact_channel CHECK (channel IN ('WEB', 'WHATSAPP'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contact_attribute (
    contact_id BIGINT        NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    value      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (contact_id, name),
    CONSTRAINT fk_contact_attribute_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contact_note (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contact_id BIGINT        NOT NULL,
    author_id  BIGINT        NOT NULL,
    text       VARCHAR(4000) NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_contact_note_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE,
    CONSTRAINT fk_contact_note_author FOREIGN KEY (author_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_contact_note_contact ON contact_note (contact_id, created_at);

CREATE TABLE conversation (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bot_id          BIGINT      NOT NULL,
    contact_id      BIGINT      NOT NULL,
    channel         VARCHAR(16) NOT NULL,
    responder       VARCHAR(16) NOT NULL,
    started_at      DATETIME(6) NOT NULL,
    last_message_at DATETIME(6) NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_conversation_bot FOREIGN KEY (bot_id) REFERENCES bot (id),
    CONSTRAINT fk_conversation_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT ck_conversation_channel CHECK (channel IN ('WEB', 'WHATSAPP')),
    CONSTRAINT ck_conversation_responder CHECK (responder IN ('BOT', 'QUEUED', 'AGENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_conversation_contact ON conversation (contact_id, last_message_at);
CREATE INDEX ix_conversation_bot ON conversation (bot_id, last_message_at);

CREATE TABLE conversation_tag (
    conversation_id BIGINT      NOT NULL,
    tag             VARCHAR(60) NOT NULL,
    PRIMARY KEY (conversation_id, tag),
    CONSTRAINT fk_conversation_tag_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE message (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    conversation_id BIGINT        NOT NULL,
    channel         VARCHAR(16)   NOT NULL,
    sender          VARCHAR(16)   NOT NULL,
    author_id       BIGINT,
    text            TEXT          NOT NULL,
    external_id     VARCHAR(191),
    created_at      DATETIME(6)   NOT NULL,
    delivery_status VARCHAR(16)   NOT NULL,
    failure_reason  VARCHAR(500),
    version         BIGINT        NOT NULL DEFAULT 0,
    -- Channels deliver at least once: the channel's own message id de-duplicates redeliveries.
    CONSTRAINT uk_message_external_id UNIQUE (channel, external_id),
    CONSTRAINT fk_message_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id) ON DELETE CASCADE,
    CONSTRAINT fk_message_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    CONSTRAINT ck_message_sender CHECK (sender IN ('USER', 'BOT', 'AGENT', 'SYSTEM')),
    CONSTRAINT ck_message_delivery CHECK (delivery_status IN ('RECEIVED', 'PENDING', 'SENT', 'DELIVERED', 'READ', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_message_conversation ON message (conversation_id, id);

CREATE TABLE handover (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    conversation_id BIGINT       NOT NULL,
    bot_id          BIGINT       NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    step            VARCHAR(120),
    reason          VARCHAR(500),
    assignee_id     BIGINT,
    requested_at    DATETIME(6)  NOT NULL,
    assigned_at     DATETIME(6),
    resolved_at     DATETIME(6),
    version         BIGINT       NOT NULL DEFAULT 0,
    -- At most one open (not resolved) handover per conversation: NULLs do not collide in a unique index.
    open_conversation_id BIGINT AS (IF(state <> 'RESOLVED', conversation_id, NULL)) PERSISTENT,
    CONSTRAINT uk_handover_open_per_conversation UNIQUE (open_conversation_id),
    CONSTRAINT fk_handover_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT fk_handover_bot FOREIGN KEY (bot_id) REFERENCES bot (id),
    CONSTRAINT fk_handover_assignee FOREIGN KEY (assignee_id) REFERENCES user_account (id),
    CONSTRAINT ck_handover_state CHECK (state IN ('PENDING', 'ASSIGNED', 'RESOLVED')),
    CONSTRAINT ck_handover_assignee CHECK ((state = 'ASSIGNED') = (assignee_id IS NOT NULL) OR state = 'RESOLVED')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_handover_bot_state ON handover (bot_id, state, requested_at);

-- Append-only: who moved which handover from what to what, and when.
CREATE TABLE audit_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    handover_id BIGINT       NOT NULL,
    bot_id      BIGINT       NOT NULL,
    actor       VARCHAR(120) NOT NULL,
    action      VARCHAR(16)  NOT NULL,
    from_state  VARCHAR(16),
    to_state    VARCHAR(16)  NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    detail      VARCHAR(1000),
    CONSTRAINT fk_audit_event_handover FOREIGN KEY (handover_id) REFERENCES handover (id),
    CONSTRAINT ck_audit_event_action CHECK (action IN ('REQUESTED', 'ASSIGNED', 'UNASSIGNED', 'RESOLVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_audit_event_handover ON audit_event (handover_id, occurred_at);
CREATE INDEX ix_audit_event_bot ON audit_event (bot_id, occurred_at);

-- The key pair this server signs its API tokens with; generated on first start, shared by every node.
CREATE TABLE signing_key (
    kid         VARCHAR(64)   NOT NULL PRIMARY KEY,
    algorithm   VARCHAR(16)   NOT NULL,
    public_key  VARBINARY(2048) NOT NULL,
    private_key VARBINARY(4096) NOT NULL,
    created_at  DATETIME(6)   NOT NULL
) ENGINE = InnoDB;

-- Long-lived credentials of external bot engines; only a SHA-256 of the token is kept.
CREATE TABLE bot_token (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bot_id     BIGINT       NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    label      VARCHAR(120),
    created_by VARCHAR(80)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    revoked_at DATETIME(6),
    CONSTRAINT uk_bot_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_bot_token_bot FOREIGN KEY (bot_id) REFERENCES bot (id) ON DELETE CASCADE
) ENGINE = InnoDB;
