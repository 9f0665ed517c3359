-- Sitrep store, schema version 1. SQLite is the source of truth; the Lucene index under index/ is derived from it.
CREATE TABLE IF NOT EXISTS outlets (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,
  first_seen    TEXT NOT NULL,
  article_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS articles (
  seq                 INTEGER PRIMARY KEY AUTOINCREMENT,
  id                  TEXT NOT NULL UNIQUE,
  outlet_id           INTEGER REFERENCES outlets(id),
  url                 TEXT,
  title               TEXT,
  published           TEXT,
  published_precision TEXT,
  published_evidence  TEXT,
  published_epoch     INTEGER,
  fetched             TEXT NOT NULL,
  language            TEXT,
  language_confidence REAL,
  source_text         TEXT NOT NULL,
  text                TEXT NOT NULL,
  removed_json        TEXT NOT NULL,
  problems_json       TEXT NOT NULL,
  fields_json         TEXT NOT NULL,
  origin_input        TEXT NOT NULL,
  origin_record       TEXT NOT NULL,
  origin_format       TEXT NOT NULL,
  ingested_at         TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_url ON articles(url);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet_id);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published_epoch);
CREATE INDEX IF NOT EXISTS articles_language ON articles(language);
CREATE TABLE IF NOT EXISTS ingest_runs (
  id          INTEGER PRIMARY KEY,
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  inputs_json TEXT NOT NULL,
  accepted    INTEGER,
  known       INTEGER,
  rejected    INTEGER
);
CREATE TABLE IF NOT EXISTS quarantine (
  id      INTEGER PRIMARY KEY,
  input   TEXT NOT NULL,
  reason  TEXT NOT NULL,
  message TEXT NOT NULL,
  at      TEXT NOT NULL,
  sample  BLOB
);
