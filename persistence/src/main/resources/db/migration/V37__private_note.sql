-- A private note is a line of the transcript that only the bot's people read (sender NOTE): it is never
-- queued for a channel, and every reading for the user leaves it out.
ALTER TABLE message DROP CONSTRAINT ck_message_sender,
    ADD CONSTRAINT ck_message_sender CHECK (sender IN ('USER', 'BOT', 'AGENT', 'SYSTEM', 'NOTE'));
