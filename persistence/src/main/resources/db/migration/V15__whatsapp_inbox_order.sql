-- Which user a delivery is from and when WhatsApp says the message was sent (epoch seconds), so
-- that one user's deliveries are processed in the order they were sent even when their webhooks
-- race. An identity: compared exactly, like every channel id (V11).
ALTER TABLE whatsapp_inbox
    ADD COLUMN sender  VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN sent_at BIGINT NULL;
CREATE INDEX ix_whatsapp_inbox_sender ON whatsapp_inbox (sender, processed_at);
