-- Schema version 14 (SQLite's schema-14.sql): the event-places pass's mark (issue 16).
CREATE TABLE place_settle_progress (settled_seq BIGINT NOT NULL);
INSERT INTO place_settle_progress VALUES (0);
