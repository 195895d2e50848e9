-- What a bot tells the user when their handover joins the queue and when it is given back to it
-- ({position} is their place among the bot's pending handovers).
ALTER TABLE bot
    ADD COLUMN queued_text        VARCHAR(500) NOT NULL DEFAULT 'You are in the queue: position {position}',
    ADD COLUMN back_in_queue_text VARCHAR(500) NOT NULL DEFAULT 'You are back in the queue: position {position}';
