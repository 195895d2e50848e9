-- Which node of a cluster holds an open widget socket of which visitor, so that every node knows
-- whether a visitor can be rung (calls). A node moves seen_at on every minute for the sockets it
-- holds and deletes its row when the visitor's last socket there closes; the row of a node that died
-- is not seen for long and counts for nothing after three minutes.
CREATE TABLE widget_presence (
    bot_id     BIGINT       NOT NULL,
    visitor_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    node       CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    seen_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (bot_id, visitor_id, node),
    KEY ix_widget_presence_node (node),
    KEY ix_widget_presence_seen (seen_at)
);
