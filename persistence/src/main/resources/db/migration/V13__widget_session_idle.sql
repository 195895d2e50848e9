-- A widget session ends after it has been idle for livechat.widget.session.idle (30 days by default):
-- a token copied off a visitor's browser does not work forever. last_seen_at is moved on at most once
-- an hour, so reading a session stays a read.
ALTER TABLE widget_session ADD COLUMN last_seen_at DATETIME(6) NULL;
UPDATE widget_session SET last_seen_at = created_at;
ALTER TABLE widget_session MODIFY last_seen_at DATETIME(6) NOT NULL;
CREATE INDEX ix_widget_session_last_seen ON widget_session (last_seen_at);
