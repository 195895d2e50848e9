-- History search at the issue's size (issue 12): 4 new bots, 200,000 contacts and conversations,
-- 2,000,000 messages, tags on a third of the conversations, all set-based over MariaDB's sequence
-- tables, after whatever the database holds (ids follow the highest ones). run.sh drops the full-text
-- indexes first and builds them again afterwards with V42's statements, as a deployment with existing
-- data would, then times the search (measure.sh and the page).
-- Words: 'refund' in 1 message of 10, 'order' in 3 of 10 (the worst common prefix), 'chargeback' in
-- 1 of 10,000; a contact in 47 is a Müller (primes, so that each bot has some of both).
SET @b0 = (SELECT COALESCE(MAX(id), 0) FROM bot), @c0 = (SELECT COALESCE(MAX(id), 0) FROM contact),
    @v0 = (SELECT COALESCE(MAX(id), 0) FROM conversation);
INSERT INTO bot (id, name, widget_key, transferred_text, resolved_text, agents_away_text, created_at)
SELECT @b0 + seq, CONCAT('Bench bot ', seq), CONCAT('bench-key-', @b0 + seq), 'You are being transferred to Agent', 'Resolved',
       'All our agents are away', NOW(6)
FROM seq_1_to_4;

INSERT INTO contact (id, bot_id, channel, external_id, name, phone, email, created_at)
SELECT @c0 + seq, @b0 + 1 + seq % 4, IF(seq % 3 = 0, 'WHATSAPP', 'WEB'),
       IF(seq % 3 = 0, CONCAT('49151', LPAD(seq, 8, '0')), CONCAT('visitor-', LPAD(seq, 8, '0'))),
       CONCAT(ELT(1 + seq % 10, 'Anna', 'Ben', 'Clara', 'David', 'Eva', 'Felix', 'Greta', 'Hugo', 'Ida', 'Jonas'), ' ',
              IF(seq % 47 = 7, 'Müller', ELT(1 + (seq DIV 10) % 12, 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer',
                  'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Klein'))),
       IF(seq % 3 = 0, CONCAT('+49151', LPAD(seq, 8, '0')), NULL),
       IF(seq % 4 = 0, CONCAT('user', seq, '@example.com'), NULL),
       NOW(6) - INTERVAL (seq % 90) DAY
FROM seq_1_to_200000;

-- A conversation per contact, spread over 90 days; its last message 10 messages (minutes) later.
INSERT INTO conversation (id, bot_id, contact_id, channel, responder, started_at, last_message_at)
SELECT @v0 + c.id - @c0, c.bot_id, c.id, c.channel, ELT(1 + c.id % 20 DIV 18, 'BOT', 'QUEUED'),
       TIMESTAMP('2026-09-01') + INTERVAL (c.id * 37) % (90 * 86400) SECOND,
       TIMESTAMP('2026-09-01') + INTERVAL (c.id * 37) % (90 * 86400) + 600 SECOND
FROM contact c WHERE c.id > @c0;

INSERT INTO message (conversation_id, channel, sender, text, created_at, delivery_status)
SELECT c.id, c.channel, IF(s.seq % 2 = 0, 'USER', 'BOT'),
       CONCAT_WS(' ',
           ELT(1 + s.seq % 7, 'Hello', 'Thanks', 'Please', 'Okay', 'Sure', 'Sorry', 'Good morning'),
           IF(s.seq % 10 = 3, 'I want a refund for', NULL),
           IF(s.seq % 10 IN (1, 4, 8), 'my order', 'the parcel'),
           IF(s.seq % 10 = 5 AND ((s.seq - 1) DIV 10) % 997 = 7, 'and this is a chargeback now', NULL),
           ELT(1 + (s.seq DIV 7) % 9, 'arrived late', 'is missing', 'was damaged', 'is fine', 'needs a new address',
               'came twice', 'is the wrong size', 'has no invoice', 'cost too much'),
           CONCAT('ref', s.seq % 100000)),
       c.started_at + INTERVAL ((s.seq - 1) % 10) MINUTE, 'RECEIVED'
FROM seq_1_to_2000000 s JOIN conversation c ON c.id = @v0 + 1 + (s.seq - 1) DIV 10;

INSERT INTO conversation_tag (conversation_id, tag)
SELECT id, ELT(1 + id % 5, 'refund', 'vip', 'delivery', 'complaint', 'refund request') FROM conversation
WHERE id > @v0 AND id % 3 = 0;
