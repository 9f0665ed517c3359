-- Schema version 10: watchlists and alerts (issue 17). A watchlist is a saved filter (its query string); watch_seen is
-- what it was last told of each event that matched it (article count, disputes' questions), so a pass that finds
-- nothing new raises nothing; an alert is one event's news for one watchlist, with its webhook delivery's state.
CREATE TABLE IF NOT EXISTS watchlists (
  id             INTEGER PRIMARY KEY,
  name           TEXT NOT NULL UNIQUE,
  filter         TEXT NOT NULL,
  webhook_url    TEXT,
  webhook_secret TEXT,
  created        TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS watch_seen (
  watchlist_id  INTEGER NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
  event_id      TEXT NOT NULL,
  articles      INTEGER NOT NULL,
  disputes_json TEXT NOT NULL,
  PRIMARY KEY (watchlist_id, event_id)
);
CREATE TABLE IF NOT EXISTS alerts (
  id            INTEGER PRIMARY KEY,
  watchlist_id  INTEGER NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
  event_id      TEXT NOT NULL,
  title         TEXT,
  reasons_json  TEXT NOT NULL,
  raised        TEXT NOT NULL,
  read          INTEGER NOT NULL DEFAULT 0,
  delivery      TEXT,
  attempts      INTEGER NOT NULL DEFAULT 0,
  next_attempt  TEXT,
  last_error    TEXT
);
CREATE INDEX IF NOT EXISTS alerts_watchlist ON alerts(watchlist_id, id);
CREATE INDEX IF NOT EXISTS alerts_delivery ON alerts(delivery, next_attempt);
