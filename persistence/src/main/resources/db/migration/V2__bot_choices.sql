-- A bot's message may offer choices (buttons on the widget, interactive replies on WhatsApp):
-- a JSON array of {"id","title"}. A user's message may carry the id of the choice it picked.
ALTER TABLE message ADD COLUMN choices TEXT NULL;
ALTER TABLE message ADD COLUMN choice_id VARCHAR(200) NULL;
