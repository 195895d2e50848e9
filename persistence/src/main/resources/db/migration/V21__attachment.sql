-- One attachment model for every channel. The WhatsApp table becomes the table of every file of a
-- transcript: an agent's file on the web or on WhatsApp, a visitor's file from the widget, a WhatsApp
-- user's media. media_id is WhatsApp's id of the media, kept only for what a WhatsApp user sent.
RENAME TABLE whatsapp_attachment TO attachment;
ALTER TABLE attachment
    RENAME INDEX ix_whatsapp_attachment_message TO ix_attachment_message,
    MODIFY media_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NULL,
    -- Downloads name a file by a random token, never by its id: a guessed or counted id finds nothing.
    ADD COLUMN token CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER id;
UPDATE attachment SET token = SHA2(CONCAT(id, ':', UUID(), ':', RAND()), 256);
ALTER TABLE attachment
    MODIFY token CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    ADD CONSTRAINT uk_attachment_token UNIQUE (token);

-- The bytes, in chunks: a file is written and read a chunk at a time, so neither a 25 MB upload nor its
-- download is ever whole in the server's memory, and no statement comes near max_allowed_packet.
CREATE TABLE attachment_chunk (
    attachment_id BIGINT     NOT NULL,
    seq           INT        NOT NULL,
    data          LONGBLOB   NOT NULL,
    PRIMARY KEY (attachment_id, seq),
    CONSTRAINT fk_attachment_chunk_attachment FOREIGN KEY (attachment_id) REFERENCES attachment (id) ON DELETE CASCADE
) ENGINE = InnoDB;
INSERT INTO attachment_chunk (attachment_id, seq, data) SELECT id, 0, content FROM attachment WHERE LENGTH(content) > 0;
ALTER TABLE attachment DROP COLUMN content;
