-- Statuses Meta sent for a wamid before our send recorded it (the webhook can overtake the Graph API's
-- answer). They wait here and are applied when the send records the wamid; a day later they are dropped.
CREATE TABLE whatsapp_status_early (
    status_id   VARCHAR(191) NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    payload     TEXT         NOT NULL,
    received_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (status_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_whatsapp_status_early_received ON whatsapp_status_early (received_at);
