-- What files a bot's conversations take: the largest size and the content types allowed. A bot without
-- a row takes the defaults (images, PDF, office documents, audio, video; 25 MB, 16 MB on WhatsApp).
CREATE TABLE bot_file_policy (
    bot_id        BIGINT        NOT NULL PRIMARY KEY,
    max_bytes     BIGINT        NOT NULL,
    allowed_types VARCHAR(2000) NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_bot_file_policy_bot FOREIGN KEY (bot_id) REFERENCES bot (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
