-- History search at the issue's size (issue 12): 4 bots, 200,000 contacts and conversations, 2,000,000
-- messages, tags on a third of the conversations, all set-based over MariaDB's sequence tables. Run it
-- on a schema migrated up to V38 (before the history's indexes), then V42 and V43, as a deployment with
-- existing data would: measure.sh does that and times the search's queries (search.sql).
-- Words: 'refund' in 1 message of 10, 'order' in 3 of 10 (the worst common prefix), 'chargeback' in
-- 1 of 10,000; a contact in 50 is a Müller.
SET SESSION sql_log_bin = 0;
INSERT INTO bot (id, name, widget_key, transferred_text, resolved_text, agents_away_text, created_at)
SELECT seq, CONCAT('Bench bot ', seq), CONCAT('bench-key-', seq), 'You are being transferred to Agent', 'Resolved',
       'All our agents are away', NOW(6)
FROM seq_1_to_4;

INSERT INTO contact (id, bot_id, channel, external_id, name, phone, email, created_at)
SELECT seq, 1 + seq % 4, IF(seq % 3 = 0, 'WHATSAPP', 'WEB'),
       IF(seq % 3 = 0, CONCAT('49151', LPAD(seq, 8, '0')), CONCAT('visitor-', LPAD(seq, 8, '0'))),
       CONCAT(ELT(1 + seq % 10, 'Anna', 'Ben', 'Clara', 'David', 'Eva', 'Felix', 'Greta', 'Hugo', 'Ida', 'Jonas'), ' ',
              IF(seq % 50 = 7, 'Müller', ELT(1 + (seq DIV 10) % 12, 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer',
                  'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Klein'))),
       IF(seq % 3 = 0, CONCAT('+49151', LPAD(seq, 8, '0')), NULL),
       IF(seq % 4 = 0, CONCAT('user', seq, '@example.com'), NULL),
       NOW(6) - INTERVAL (seq % 90) DAY
FROM seq_1_to_200000;

-- A conversation per contact, spread over 90 days; its last message 10 messages (minutes) later.
INSERT INTO conversation (id, bot_id, contact_id, channel, responder, started_at, last_message_at)
SELECT c.id, c.bot_id, c.id, c.channel, ELT(1 + c.id % 20 DIV 18, 'BOT', 'QUEUED'),
       TIMESTAMP('2026-09-01') + INTERVAL (c.id * 37) % (90 * 86400) SECOND,
       TIMESTAMP('2026-09-01') + INTERVAL (c.id * 37) % (90 * 86400) + 600 SECOND
FROM contact c;

INSERT INTO message (conversation_id, channel, sender, text, created_at, delivery_status)
SELECT 1 + (s.seq - 1) DIV 10, c.channel, IF(s.seq % 2 = 0, 'USER', 'BOT'),
       CONCAT_WS(' ',
           ELT(1 + s.seq % 7, 'Hello', 'Thanks', 'Please', 'Okay', 'Sure', 'Sorry', 'Good morning'),
           IF(s.seq % 10 = 3, 'I want a refund for', NULL),
           IF(s.seq % 10 IN (1, 4, 8), 'my order', 'the parcel'),
           IF(s.seq % 10000 = 17, 'and this is a chargeback now', NULL),
           ELT(1 + (s.seq DIV 7) % 9, 'arrived late', 'is missing', 'was damaged', 'is fine', 'needs a new address',
               'came twice', 'is the wrong size', 'has no invoice', 'cost too much'),
           CONCAT('ref', s.seq % 100000)),
       c.started_at + INTERVAL ((s.seq - 1) % 10) MINUTE, 'RECEIVED'
FROM seq_1_to_2000000 s JOIN conversation c ON c.id = 1 + (s.seq - 1) DIV 10;

INSERT INTO conversation_tag (conversation_id, tag)
SELECT id, ELT(1 + id % 5, 'refund', 'vip', 'delivery', 'complaint', 'refund request') FROM conversation WHERE id % 3 = 0;
