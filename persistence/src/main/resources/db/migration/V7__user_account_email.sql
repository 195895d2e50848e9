-- Single sign-on finds a person by the email their identity provider vouches for when the username
-- is unknown; the index keeps that lookup off a full scan.
CREATE INDEX ix_user_account_email ON user_account (email);
