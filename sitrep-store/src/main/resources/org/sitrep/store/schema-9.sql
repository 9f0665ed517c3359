-- Schema version 9: one quarantine entry per input and reason (issue 15). Re-running an ingest over the same bad file
-- listed it once per run; a new rejection of the same input for the same reason now replaces its entry (time, message,
-- sample). Existing duplicates are folded into the most recent one.
DELETE FROM quarantine WHERE id NOT IN (SELECT max(id) FROM quarantine GROUP BY input, reason);
CREATE UNIQUE INDEX IF NOT EXISTS quarantine_input_reason ON quarantine(input, reason);
