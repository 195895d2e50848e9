-- WhatsApp messages that can never be processed (no id, no sender), kept with the reason for an
-- admin to see, instead of failing the whole webhook delivery again and again: the valid messages
-- of the same delivery are stored as usual.
CREATE TABLE whatsapp_parked (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bot_id      BIGINT       NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    payload     TEXT         NOT NULL,
    received_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_whatsapp_parked_bot FOREIGN KEY (bot_id) REFERENCES bot (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_whatsapp_parked_bot ON whatsapp_parked (bot_id, received_at);
