-- Schema version 11: outlets as first-class (issue 17 part 6). The outlets table keeps one row per spelling, as before;
-- each article now also carries its raw outlet key (the registrable domain of its URL, else its spelling as a domain or
-- a normalised name) and its outlet key (the raw key, or the domain a name joined). outlet_sightings sums articles by
-- raw key, spelling and language, which is all the library needs to join names to domains and describe each outlet;
-- outlet_keys and outlet_sites are what it decided, rewritten by the outlet pass. Existing stores are keyed by the
-- pass from seq 0 (outlet_progress) on their next writing open.
ALTER TABLE articles ADD COLUMN outlet_raw_key TEXT;
ALTER TABLE articles ADD COLUMN outlet_key TEXT;
CREATE INDEX IF NOT EXISTS articles_outlet_raw_key ON articles(outlet_raw_key);
CREATE INDEX IF NOT EXISTS articles_outlet_key ON articles(outlet_key);
CREATE TABLE IF NOT EXISTS outlet_sightings (
  raw_key    TEXT NOT NULL,
  spelling   TEXT NOT NULL,
  language   TEXT NOT NULL,
  articles   INTEGER NOT NULL,
  first_seen TEXT,
  last_seen  TEXT,
  PRIMARY KEY (raw_key, spelling, language)
);
CREATE TABLE IF NOT EXISTS outlet_keys (
  raw_key TEXT PRIMARY KEY,
  key     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS outlet_keys_key ON outlet_keys(key);
CREATE TABLE IF NOT EXISTS outlet_sites (
  key            TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  spellings_json TEXT NOT NULL,
  aliases_json   TEXT NOT NULL,
  country        TEXT,
  language       TEXT,
  article_count  INTEGER NOT NULL,
  first_seen     TEXT,
  last_seen      TEXT
);
CREATE TABLE IF NOT EXISTS outlet_progress (
  keyed_seq INTEGER NOT NULL
);
INSERT INTO outlet_progress VALUES (0);
