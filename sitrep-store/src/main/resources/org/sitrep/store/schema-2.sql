-- Schema version 2: copy detection. Sketches are written with their article, in the same transaction; relations
-- are found after each commit, and copy_checked records which articles have been compared (so a crash between
-- the two only delays the comparison to the next open).
CREATE TABLE IF NOT EXISTS sketches (
  id        TEXT PRIMARY KEY,
  text_hash TEXT NOT NULL,
  minhash   BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS sketches_text_hash ON sketches(text_hash);
-- One row per (article, band): key is the band's bucket hash mixed with the band number.
CREATE TABLE IF NOT EXISTS lsh (
  key INTEGER NOT NULL,
  id  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS lsh_key ON lsh(key);
CREATE TABLE IF NOT EXISTS copies (
  original_id   TEXT NOT NULL,
  copy_id       TEXT NOT NULL,
  kind          TEXT NOT NULL,
  score         REAL NOT NULL,
  jaccard       REAL NOT NULL,
  direction     TEXT NOT NULL,
  credited      TEXT,
  evidence_json TEXT NOT NULL,
  PRIMARY KEY (original_id, copy_id)
);
CREATE INDEX IF NOT EXISTS copies_copy ON copies(copy_id);
CREATE TABLE IF NOT EXISTS copy_checked (
  id TEXT PRIMARY KEY
);
