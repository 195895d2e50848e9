-- WhatsApp Cloud API channel: the bots' access tokens, the webhook inbox (raw verified payloads,
-- stored before anything is done with them), the media users sent, the outbox of sends, and what
-- is needed to take at-least-once status deliveries once.

-- One WhatsApp number per bot (bot.whatsapp_phone_number_id) and the token to act for it.
CREATE TABLE whatsapp_account (
    bot_id       BIGINT        NOT NULL PRIMARY KEY,
    access_token VARCHAR(1000) NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_whatsapp_account_bot FOREIGN KEY (bot_id) REFERENCES bot (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every signed webhook POST, byte for byte, so nothing Meta handed us is lost before it is processed.
CREATE TABLE whatsapp_inbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    payload         LONGBLOB     NOT NULL,
    received_at     DATETIME(6)  NOT NULL,
    processed_at    DATETIME(6),
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    last_error      VARCHAR(500),
    version         BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_whatsapp_inbox_due ON whatsapp_inbox (processed_at, next_attempt_at);

-- A status (sent, delivered, read, failed) of one outbound message is applied once.
CREATE TABLE whatsapp_status_seen (
    status_id VARCHAR(191) NOT NULL,
    status    VARCHAR(16)  NOT NULL,
    seen_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (status_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Errors Meta reports at the level of a webhook value (not about one message): kept for the operators.
CREATE TABLE whatsapp_error (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    phone_number_id VARCHAR(64),
    code            INT,
    title           VARCHAR(500),
    details         VARCHAR(1000),
    received_at     DATETIME(6)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A file a user sent (image, document, audio, video, sticker), downloaded from the Graph API and checked.
CREATE TABLE whatsapp_attachment (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message_id BIGINT       NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    media_id   VARCHAR(128) NOT NULL,
    mime_type  VARCHAR(128) NOT NULL,
    file_name  VARCHAR(255),
    size       BIGINT       NOT NULL,
    sha256     CHAR(64)     NOT NULL,
    content    LONGBLOB     NOT NULL,
    CONSTRAINT fk_whatsapp_attachment_message FOREIGN KEY (message_id) REFERENCES message (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_whatsapp_attachment_message ON whatsapp_attachment (message_id);

-- Where a user's location message points.
CREATE TABLE whatsapp_location (
    message_id BIGINT         NOT NULL PRIMARY KEY,
    latitude   DECIMAL(10, 7) NOT NULL,
    longitude  DECIMAL(10, 7) NOT NULL,
    name       VARCHAR(255),
    address    VARCHAR(500),
    CONSTRAINT fk_whatsapp_location_message FOREIGN KEY (message_id) REFERENCES message (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Outbound messages to send: written before the first attempt, so a crash or restart resends them.
CREATE TABLE whatsapp_outbox (
    message_id      BIGINT       NOT NULL PRIMARY KEY,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    done_at         DATETIME(6),
    last_error      VARCHAR(500),
    CONSTRAINT fk_whatsapp_outbox_message FOREIGN KEY (message_id) REFERENCES message (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_whatsapp_outbox_due ON whatsapp_outbox (done_at, next_attempt_at);
