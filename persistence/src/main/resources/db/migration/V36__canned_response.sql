-- Canned responses: a bot's ready-made replies that its agents insert by typing "/" and the shortcut.
-- The shortcut is unique per bot ignoring case (the table's collation), so "/greet" names one text.
CREATE TABLE canned_response (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bot_id     BIGINT      NOT NULL,
    shortcut   VARCHAR(32) NOT NULL,
    text       TEXT        NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_canned_response_shortcut UNIQUE (bot_id, shortcut),
    CONSTRAINT fk_canned_response_bot FOREIGN KEY (bot_id) REFERENCES bot (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
