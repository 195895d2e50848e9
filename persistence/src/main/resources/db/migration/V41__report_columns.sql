-- The handover's channel (its conversation's, which never changes), so that the report filters by it
-- without reading the conversation.
ALTER TABLE handover ADD COLUMN channel VARCHAR(16);
UPDATE handover h JOIN conversation c ON c.id = h.conversation_id SET h.channel = c.channel;

-- Whole seconds of the report's three times, NULL until both ends are known: waiting (requested to first
-- assigned), first response (first assigned to an agent's first message), handling (first assigned to
-- resolved). The report groups by them: a histogram of whole seconds gives its exact percentiles.
-- The covering index holds everything the figures, charts and the handover table's filters read, so the
-- period of a bot is one range read of it.
ALTER TABLE handover MODIFY COLUMN channel VARCHAR(16) NOT NULL,
    ADD CONSTRAINT ck_handover_channel CHECK (channel IN ('WEB', 'WHATSAPP')),
    ADD COLUMN wait_seconds           INT AS (TIMESTAMPDIFF(SECOND, requested_at, first_assigned_at)) PERSISTENT,
    ADD COLUMN first_response_seconds INT AS (TIMESTAMPDIFF(SECOND, first_assigned_at, first_response_at)) PERSISTENT,
    ADD COLUMN handling_seconds       INT AS (TIMESTAMPDIFF(SECOND, first_assigned_at, resolved_at)) PERSISTENT;
CREATE INDEX ix_handover_report ON handover (bot_id, requested_at, state, channel, return_count, wait_seconds,
    first_response_seconds, handling_seconds, conversation_id, step);

