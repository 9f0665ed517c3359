-- Schema version 14: the event-places pass (issue 16). After the event pass, a place an article left doubtful
-- (ambiguous, or a guess among namesakes) is read again with the places other reports of its event named with
-- confidence; settled_seq is the seq of the last placed article whose event the pass has looked at. A store migrated
-- from 13 starts at 0, so its first catch-up looks at every event once.
CREATE TABLE IF NOT EXISTS place_settle_progress (settled_seq INTEGER NOT NULL);
INSERT INTO place_settle_progress SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM place_settle_progress);
