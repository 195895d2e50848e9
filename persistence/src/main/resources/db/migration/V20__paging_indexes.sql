-- The lists page by keyset: a page starts after the sort key of the previous page's last row, and the
-- key ends in the row's id, so that the order is total. Each index now names the whole key, so a page
-- is one range read of the index in list order, whatever the optimizer makes of a secondary index's
-- hidden primary key. Each old index is replaced in the same statement: its foreign key always has one.
ALTER TABLE handover DROP INDEX ix_handover_bot_state,
    ADD INDEX ix_handover_bot_state_requested (bot_id, state, requested_at, id);
ALTER TABLE contact_note DROP INDEX ix_contact_note_contact,
    ADD INDEX ix_contact_note_contact_created (contact_id, created_at, id);
ALTER TABLE whatsapp_parked DROP INDEX ix_whatsapp_parked_bot,
    ADD INDEX ix_whatsapp_parked_bot_received (bot_id, received_at, id);
-- The transcript is ordered by id alone: ix_message_conversation (conversation_id, id) serves it already.
