-- A bot's EnableX project: the App Key (write-only, like the WhatsApp token; the App ID is the bot's
-- call_project_id) and what the project allowed when an admin last saved the settings.
CREATE TABLE enablex_project (
    bot_id        BIGINT        NOT NULL PRIMARY KEY,
    app_key       VARCHAR(500)  NOT NULL,
    allows_audio  BOOLEAN       NOT NULL,
    allows_video  BOOLEAN       NOT NULL,
    checked_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_enablex_project_bot FOREIGN KEY (bot_id) REFERENCES bot (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
