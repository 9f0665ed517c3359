-- Schema version 7: event records (issue 21). The ACLED sub-event type the type pass read in each annotated article
-- (sub_type null: it reports none of ACLED's events), with the classifier's confidence, runner-up and basis; and the
-- pass's mark. Event records themselves are decided when read, from these, the claims and the places.
CREATE TABLE IF NOT EXISTS article_types (
  article_id TEXT PRIMARY KEY,
  sub_type   TEXT,
  confidence REAL NOT NULL,
  runner_up  TEXT,
  basis      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS article_types_sub ON article_types(sub_type);
CREATE TABLE IF NOT EXISTS types_progress (
  typed_seq INTEGER NOT NULL
);
INSERT INTO types_progress VALUES (0);
