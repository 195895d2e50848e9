-- History search (issue 12): a tag and a visitor id are searched as a prefix of the whole typed text
-- (LIKE 'text%'), a range read of a B-tree. Both columns compare bytes (V11), so the prefix is exact.
-- The tag index leads with the tag (the primary key leads with the conversation); the visitor index
-- reads one bot's ids whatever their channel (the unique key has the channel between them).
CREATE INDEX ix_conversation_tag_tag ON conversation_tag (tag, conversation_id);
CREATE INDEX ix_contact_bot_external_id ON contact (bot_id, external_id);
