-- Whether a bot's widget offers visitors dictation (the browser's speech recognition) in its composer;
-- off until an admin turns it on, as the recognition of some browsers sends the voice to their maker.
ALTER TABLE widget_settings ADD COLUMN dictation BOOLEAN NOT NULL DEFAULT FALSE;
