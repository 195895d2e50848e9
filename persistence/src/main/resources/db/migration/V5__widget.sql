-- The web widget: per bot, the web site origins allowed to embed it and the secret that signs
-- verified visitor identities; per visitor, the sessions the widget authenticates with.
CREATE TABLE widget_settings (
    bot_id          BIGINT       NOT NULL PRIMARY KEY,
    allowed_origins TEXT         NOT NULL,
    secret          VARCHAR(64)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_widget_settings_bot FOREIGN KEY (bot_id) REFERENCES bot (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Only the SHA-256 of a session token is kept: a leaked table does not leak sessions.
CREATE TABLE widget_session (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_hash  CHAR(64)     NOT NULL,
    bot_id      BIGINT       NOT NULL,
    visitor_id  VARCHAR(128) NOT NULL,
    verified    BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_widget_session_token UNIQUE (token_hash),
    CONSTRAINT fk_widget_session_bot FOREIGN KEY (bot_id) REFERENCES bot (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
