-- Claims (issue 13): what each article asserts, by whom and for which side; the claims pass's mark; the sides that
-- earlier articles' words gave each speaking entity; and, per event, the summary of its claims' comparison with the
-- signature of the members it was computed from (recomputed when they change).
CREATE TABLE IF NOT EXISTS claims (
  article_id            TEXT NOT NULL,
  ordinal               INTEGER NOT NULL,
  kind                  TEXT NOT NULL,
  speaker               TEXT NOT NULL,
  speaker_entity_id     INTEGER,
  speaker_kind          TEXT NOT NULL,
  side                  TEXT NOT NULL,
  side_basis            TEXT NOT NULL,
  actor                 TEXT NOT NULL,
  denies                TEXT,
  place                 TEXT,
  place_entity_id       INTEGER,
  geoname_id            INTEGER,
  latitude              REAL,
  longitude             REAL,
  other_places_json     TEXT NOT NULL DEFAULT '[]',
  time_value            TEXT,
  time_precision        TEXT,
  time_begin            TEXT,
  time_until            TEXT,
  time_from_publication INTEGER,
  quantity              REAL,
  counted               TEXT,
  start                 INTEGER NOT NULL,
  end                   INTEGER NOT NULL,
  text                  TEXT NOT NULL,
  sentence              INTEGER NOT NULL,
  hedged                INTEGER NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX IF NOT EXISTS claims_kind ON claims(kind);
CREATE INDEX IF NOT EXISTS claims_place ON claims(place_entity_id);
CREATE INDEX IF NOT EXISTS claims_speaker ON claims(speaker_entity_id);
CREATE TABLE IF NOT EXISTS claims_progress (
  claimed_seq INTEGER NOT NULL
);
INSERT INTO claims_progress VALUES (0);
CREATE TABLE IF NOT EXISTS entity_sides (
  entity_id INTEGER NOT NULL,
  side      TEXT NOT NULL,
  count     INTEGER NOT NULL,
  PRIMARY KEY (entity_id, side)
);
CREATE TABLE IF NOT EXISTS event_claims (
  event_id       TEXT PRIMARY KEY,
  signature      TEXT NOT NULL,
  claims         INTEGER NOT NULL,
  groups         INTEGER NOT NULL,
  corroborated   INTEGER NOT NULL,
  disputes       INTEGER NOT NULL,
  questions_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_claims_disputes ON event_claims(disputes);
