-- The facts the handover report aggregates, kept by each transition in its own transaction (the Handover
-- aggregate): when the handover was first assigned, when an agent first wrote in it, and how often it
-- went back to the queue. assigned_at stays what it was: when the current holder got it.
ALTER TABLE handover
    ADD COLUMN first_assigned_at DATETIME(6),
    ADD COLUMN first_response_at DATETIME(6),
    ADD COLUMN return_count      INT NOT NULL DEFAULT 0;

-- One row per agent who held a handover: from when (assigned, transferred or reassigned to them) to when
-- (handed on, returned to the queue, resolved; NULL while they hold it), and when they first wrote in it.
-- The handover's bot and request time are copied here (they never change), so that the report reads an
-- agent's holds of a bot and period from one index.
CREATE TABLE handover_hold (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    handover_id       BIGINT      NOT NULL,
    agent_id          BIGINT      NOT NULL,
    bot_id            BIGINT      NOT NULL,
    requested_at      DATETIME(6) NOT NULL,
    from_at           DATETIME(6) NOT NULL,
    to_at             DATETIME(6),
    ended_by          VARCHAR(16),
    first_response_at DATETIME(6),
    -- Whole seconds from taking it to the agent's first message in it, and of the hold itself.
    response_seconds  INT AS (TIMESTAMPDIFF(SECOND, from_at, first_response_at)) PERSISTENT,
    held_seconds      INT AS (TIMESTAMPDIFF(SECOND, from_at, to_at)) PERSISTENT,
    KEY ix_handover_hold_handover (handover_id, from_at),
    -- The report's per-agent table: a bot's holds of the handovers requested in a period, from this index alone.
    KEY ix_handover_hold_report (bot_id, requested_at, agent_id, ended_by, response_seconds, held_seconds, handover_id),
    CONSTRAINT fk_handover_hold_handover FOREIGN KEY (handover_id) REFERENCES handover (id),
    CONSTRAINT fk_handover_hold_agent FOREIGN KEY (agent_id) REFERENCES user_account (id),
    CONSTRAINT fk_handover_hold_bot FOREIGN KEY (bot_id) REFERENCES bot (id),
    CONSTRAINT ck_handover_hold_ended_by CHECK (ended_by IN ('HANDED_ON', 'RETURNED', 'RESOLVED')),
    CONSTRAINT ck_handover_hold_end CHECK ((to_at IS NULL) = (ended_by IS NULL))
) ENGINE = InnoDB;

-- Back-filled from the audit trail for the handovers before this version. The first assignment and the
-- returns are exact.
UPDATE handover h
    JOIN (SELECT handover_id, MIN(IF(action = 'ASSIGNED', occurred_at, NULL)) AS first_at,
                 SUM(action = 'UNASSIGNED') AS unassigned
          FROM audit_event WHERE action IN ('ASSIGNED', 'UNASSIGNED') GROUP BY handover_id) e ON e.handover_id = h.id
SET h.first_assigned_at = e.first_at, h.return_count = e.unassigned;
UPDATE handover SET first_assigned_at = assigned_at WHERE first_assigned_at IS NULL AND assigned_at IS NOT NULL;

-- Each assignment, transfer or reassignment began a hold; the next of those, an unassignment or the
-- resolution ended it. Its agent is the one who assigned it to themself (the actor), else the one the
-- detail names as "to <name> (<username>)" (automatic assignments, transfers, reassignments), else, for
-- the last hold, the handover's assignee. A hold whose agent none of these tells is left out.
INSERT INTO handover_hold (handover_id, agent_id, bot_id, requested_at, from_at, to_at, ended_by)
SELECT s.handover_id, s.agent_id, h.bot_id, h.requested_at, s.occurred_at,
       COALESCE(s.next_at, IF(h.state = 'RESOLVED', h.resolved_at, NULL)),
       CASE WHEN s.next_action = 'RESOLVED' THEN 'RESOLVED'
            WHEN s.next_action = 'UNASSIGNED' THEN 'RETURNED'
            WHEN s.next_action IS NOT NULL THEN 'HANDED_ON'
            WHEN h.state = 'RESOLVED' AND h.resolved_at IS NOT NULL THEN 'RESOLVED' END
FROM (SELECT t.handover_id, t.action, t.occurred_at, t.next_at, t.next_action,
             COALESCE((SELECT u.id FROM user_account u
                       WHERE t.action = 'ASSIGNED' AND t.detail IS NULL AND u.username = t.actor),
                      (SELECT u.id FROM user_account u
                       WHERE LOCATE(CONCAT(' to ', u.display_name, ' (', u.username, ')'), CONCAT(' ', t.detail)) > 0
                       ORDER BY LOCATE(CONCAT(' to ', u.display_name, ' (', u.username, ')'), CONCAT(' ', t.detail))
                       LIMIT 1),
                      IF(t.next_start IS NULL, (SELECT a.assignee_id FROM handover a WHERE a.id = t.handover_id), NULL))
                 AS agent_id
      FROM (SELECT e.handover_id, e.action, e.actor, e.detail, e.occurred_at,
                   LEAD(e.occurred_at) OVER w AS next_at,
                   LEAD(e.action) OVER w AS next_action,
                   -- when the next hold began, if one did
                   MIN(IF(e.action IN ('ASSIGNED', 'TRANSFERRED', 'REASSIGNED'), e.occurred_at, NULL))
                       OVER (PARTITION BY e.handover_id ORDER BY e.occurred_at, e.id
                             ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_start
            FROM audit_event e
            WHERE e.action IN ('ASSIGNED', 'TRANSFERRED', 'REASSIGNED', 'UNASSIGNED', 'RESOLVED')
            WINDOW w AS (PARTITION BY e.handover_id ORDER BY e.occurred_at, e.id)) t
      WHERE t.action IN ('ASSIGNED', 'TRANSFERRED', 'REASSIGNED')) s
    JOIN handover h ON h.id = s.handover_id
WHERE s.agent_id IS NOT NULL;

-- An agent's first message in their hold, and any agent's first message after the first assignment (only
-- the holder can write to the user).
UPDATE handover_hold hh
SET hh.first_response_at = (SELECT MIN(m.created_at) FROM handover h JOIN message m ON m.conversation_id = h.conversation_id
                            WHERE h.id = hh.handover_id AND m.sender = 'AGENT' AND m.author_id = hh.agent_id
                              AND m.created_at >= hh.from_at AND (hh.to_at IS NULL OR m.created_at <= hh.to_at));
UPDATE handover h
SET h.first_response_at = (SELECT MIN(m.created_at) FROM message m
                           WHERE m.conversation_id = h.conversation_id AND m.sender = 'AGENT'
                             AND m.created_at >= h.first_assigned_at
                             AND (h.resolved_at IS NULL OR m.created_at <= h.resolved_at))
WHERE h.first_assigned_at IS NOT NULL;
