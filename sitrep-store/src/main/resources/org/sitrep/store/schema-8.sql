-- Schema version 8: look-alikes (issue 14). Two articles the copy judge found alike in wording but two reports: the
-- slots their shared skeleton fills differently, as [[earlier's words, later's words], ...]. Evidence for the reader;
-- nothing is grouped by them.
CREATE TABLE IF NOT EXISTS lookalikes (
  earlier_id   TEXT NOT NULL,
  later_id     TEXT NOT NULL,
  differs_json TEXT NOT NULL,
  PRIMARY KEY (earlier_id, later_id)
);
CREATE INDEX IF NOT EXISTS lookalikes_later ON lookalikes(later_id);
