-- Schema version 4: understanding (issue 4). The annotation pass writes, for each article in seq order and in one
-- transaction with the progress mark: its mentions (people, organisations, places with their GeoNames resolution or
-- the reason there is none), dates, quantities and quotes, and merges its mentions into entities.
CREATE TABLE IF NOT EXISTS entities (
  id            INTEGER PRIMARY KEY,
  type          TEXT NOT NULL,
  name          TEXT NOT NULL,
  key           TEXT NOT NULL,
  given_key     TEXT,
  surname_key   TEXT,
  geoname_id    INTEGER,
  latitude      REAL,
  longitude     REAL,
  country       TEXT,
  admin1        TEXT,
  feature_code  TEXT,
  roles         TEXT NOT NULL DEFAULT '',
  mention_count INTEGER NOT NULL DEFAULT 0,
  article_count INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX IF NOT EXISTS entities_geoname ON entities(geoname_id) WHERE geoname_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS entities_type_key ON entities(type, key);
CREATE INDEX IF NOT EXISTS entities_surname ON entities(type, surname_key);
CREATE INDEX IF NOT EXISTS entities_count ON entities(mention_count);
CREATE TABLE IF NOT EXISTS entity_spellings (
  entity_id INTEGER NOT NULL,
  spelling  TEXT NOT NULL,
  key       TEXT NOT NULL,
  count     INTEGER NOT NULL,
  PRIMARY KEY (entity_id, spelling)
);
CREATE INDEX IF NOT EXISTS entity_spellings_key ON entity_spellings(key);
-- One row per annotated article: the reference time, whether it is the fetch time, and the sentences as
-- [[start,end],...]; status is annotated or skipped (with the reason, e.g. a language other than English).
CREATE TABLE IF NOT EXISTS annotated (
  article_id      TEXT PRIMARY KEY,
  status          TEXT NOT NULL,
  reason          TEXT,
  reference       TEXT,
  reference_fetch INTEGER NOT NULL DEFAULT 0,
  tokens          INTEGER NOT NULL DEFAULT 0,
  sentences_json  TEXT NOT NULL DEFAULT '[]',
  places_note     TEXT
);
CREATE TABLE IF NOT EXISTS mentions (
  article_id   TEXT NOT NULL,
  start        INTEGER NOT NULL,
  end          INTEGER NOT NULL,
  text         TEXT NOT NULL,
  ner_type     TEXT NOT NULL,
  kind         TEXT NOT NULL,
  sentence     INTEGER NOT NULL,
  entity_id    INTEGER,
  place_status TEXT,
  place_detail TEXT
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE TABLE IF NOT EXISTS times (
  article_id         TEXT NOT NULL,
  start              INTEGER NOT NULL,
  end                INTEGER NOT NULL,
  text               TEXT NOT NULL,
  value              TEXT NOT NULL,
  precision          TEXT NOT NULL,
  begin_at           TEXT NOT NULL,
  until_at           TEXT NOT NULL,
  relative           INTEGER NOT NULL,
  against_fetch_time INTEGER NOT NULL,
  own_date           INTEGER NOT NULL,
  sentence           INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS times_article ON times(article_id);
CREATE TABLE IF NOT EXISTS quantities (
  article_id TEXT NOT NULL,
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  value      REAL NOT NULL,
  counted    TEXT,
  sentence   INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS quantities_article ON quantities(article_id);
CREATE TABLE IF NOT EXISTS quotes (
  article_id        TEXT NOT NULL,
  start             INTEGER NOT NULL,
  end               INTEGER NOT NULL,
  text              TEXT NOT NULL,
  speaker           TEXT,
  speaker_entity_id INTEGER,
  sentence          INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE TABLE IF NOT EXISTS annotate_progress (
  annotated_seq INTEGER NOT NULL
);
INSERT INTO annotate_progress VALUES (0);
