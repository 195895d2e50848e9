-- Identities compare exactly. Under the tables' utf8mb4_unicode_ci 'Alice' equalled 'alice', and
-- 'bob ' equalled 'bob' (a PAD SPACE collation), so two widget visitors or two bot-engine users shared
-- one contact and read each other's transcript, and two wamids that differ only in case would have
-- been taken for one message. utf8mb4_nopad_bin compares the bytes, trailing spaces included
-- (utf8mb4_bin would still pad). Existing rows stay as they are: the unique keys were stricter
-- before, so none of them collide now.
ALTER TABLE contact
    MODIFY external_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;

ALTER TABLE message
    MODIFY external_id VARCHAR(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

ALTER TABLE widget_session
    MODIFY visitor_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    MODIFY token_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;

ALTER TABLE bot
    MODIFY widget_key VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;

ALTER TABLE bot_token
    MODIFY token_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;

ALTER TABLE whatsapp_status_seen
    MODIFY status_id VARCHAR(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;

ALTER TABLE whatsapp_status_early
    MODIFY status_id VARCHAR(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;

ALTER TABLE whatsapp_attachment
    MODIFY media_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;

-- Keys that Java keeps in sets and maps compare as Java does, so that what the application takes for
-- a new tag or attribute is one for the database too: 'café' beside 'cafe', or an attribute 'Color'
-- beside 'color', failed as a duplicate key (a 500) instead of being kept.
ALTER TABLE conversation_tag
    MODIFY tag VARCHAR(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;

ALTER TABLE contact_attribute
    MODIFY name VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
