-- Schema version 3: copy candidates move to the search index (text hash, LSH band terms, HNSW vectors), which
-- Lucene writes append-only; the B-tree of 32 random band keys per article cost more than the rest of the store.
-- SQLite keeps what cannot be recomputed cheaply: the embedding vectors. Sketches are recomputed from the text.
-- copy_progress replaces copy_checked: articles are compared in seq order, so one mark says how far that got.
DROP TABLE IF EXISTS lsh;
DROP TABLE IF EXISTS sketches;
DROP TABLE IF EXISTS copy_checked;
CREATE TABLE IF NOT EXISTS vectors (
  id    TEXT PRIMARY KEY,
  model TEXT NOT NULL,
  vec   BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS copy_progress (
  checked_seq INTEGER NOT NULL
);
INSERT INTO copy_progress VALUES (0);
