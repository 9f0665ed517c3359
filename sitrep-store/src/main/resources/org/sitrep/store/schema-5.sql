-- Schema version 5: events and stories (issue 5). The event pass places each article, in seq order and after its
-- annotation, into an event; events are linked into stories. The clusterer's kept state (vector sums, dates) is
-- stored with each event and story so a later run goes on from it without re-reading articles. Merges and moves are
-- logged in cluster_log; the progress mark moves in the same transaction as the rows it covers.
CREATE TABLE IF NOT EXISTS events (
  id            TEXT PRIMARY KEY,
  created       INTEGER NOT NULL,
  story_id      TEXT,
  title         TEXT,
  title_article TEXT,
  first_day     TEXT,
  last_day      TEXT,
  article_count INTEGER NOT NULL,
  last_join     INTEGER NOT NULL,
  state_json    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_story ON events(story_id);
CREATE INDEX IF NOT EXISTS events_last_join ON events(last_join);
CREATE INDEX IF NOT EXISTS events_size ON events(article_count);
CREATE TABLE IF NOT EXISTS stories (
  id          TEXT PRIMARY KEY,
  created     INTEGER NOT NULL,
  anchor      TEXT,
  first_day   TEXT,
  last_day    TEXT,
  event_count INTEGER NOT NULL,
  last_join   INTEGER NOT NULL,
  state_json  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS stories_last_join ON stories(last_join);
CREATE TABLE IF NOT EXISTS article_events (
  article_id TEXT PRIMARY KEY,
  seq        INTEGER NOT NULL,
  event_id   TEXT NOT NULL,
  reason     TEXT NOT NULL,
  similarity REAL NOT NULL,
  day        TEXT
);
CREATE INDEX IF NOT EXISTS article_events_event ON article_events(event_id);
CREATE TABLE IF NOT EXISTS cluster_log (
  id      INTEGER PRIMARY KEY,
  at_seq  INTEGER NOT NULL,
  kind    TEXT NOT NULL,
  from_id TEXT NOT NULL,
  into_id TEXT NOT NULL,
  detail  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cluster_log_from ON cluster_log(from_id);
CREATE INDEX IF NOT EXISTS cluster_log_into ON cluster_log(into_id);
CREATE TABLE IF NOT EXISTS term_df (
  key TEXT PRIMARY KEY,
  df  INTEGER NOT NULL
) WITHOUT ROWID;
-- counted_seq: articles up to it are counted into term_df (a pass counts everything it will place first, so the
-- weights of one run do not depend on the order of its articles); placed_seq: articles up to it are placed.
CREATE TABLE IF NOT EXISTS events_progress (
  placed_seq  INTEGER NOT NULL,
  counted_seq INTEGER NOT NULL,
  documents   INTEGER NOT NULL
);
INSERT INTO events_progress VALUES (0, 0, 0);
