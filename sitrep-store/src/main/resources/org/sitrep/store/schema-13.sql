-- Schema version 13: how sure the resolver was of a place (issue 16). place_confidence is the resolver's confidence in
-- [0, 1] for a resolved place mention (NULL for other mentions, and for places resolved before this version);
-- place_evidence the kinds of evidence that chose it (PlaceEvidence names, comma separated).
ALTER TABLE mentions ADD COLUMN place_confidence REAL;
ALTER TABLE mentions ADD COLUMN place_evidence TEXT;
