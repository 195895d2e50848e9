-- How far each person has read each conversation: the last message they saw in it, and the handover that
-- was open when they did. A conversation's unread count for a person is the user's messages after that
-- message (since its open handover was requested), one more while they have not looked at that handover.
-- One row per person and conversation, only ever moved forward, so tabs, nodes and reloads agree.
CREATE TABLE conversation_read (
    user_id         BIGINT      NOT NULL,
    conversation_id BIGINT      NOT NULL,
    last_message_id BIGINT      NOT NULL,
    handover_id     BIGINT,
    read_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, conversation_id),
    KEY ix_conversation_read_conversation (conversation_id),
    CONSTRAINT fk_conversation_read_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_conversation_read_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id)
        ON DELETE CASCADE
) ENGINE = InnoDB;
