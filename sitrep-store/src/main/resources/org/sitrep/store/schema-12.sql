-- Schema version 12: what a list shows about an event or a story, kept instead of worked out on every read (issue 17:
-- filtered lists at 100k articles). A digest holds an event's counts (articles, outlets, independent sources) and
-- traits (its articles' most common type, whether disputed, its main place); a story's digest its counts and title.
-- Triggers mark an event stale whenever something its digest reads changes: its members, a copy among them, an
-- article's outlet key, its claims, its articles' types or places. Readers never trust a stale digest (they work the
-- figures out as before); the last step of each catch-up writes the digests again and clears the marks. Every existing
-- event and story starts stale.
-- The clusterer's kept state (about 5 KB of JSON per event) moves to tables of its own, so that the events and stories
-- tables hold only what lists sort and filter on (a row a few dozen bytes long instead of a page), with the days indexed.
CREATE TABLE IF NOT EXISTS event_state (id TEXT PRIMARY KEY, state_json TEXT NOT NULL);
INSERT OR REPLACE INTO event_state SELECT id, state_json FROM events;
ALTER TABLE events DROP COLUMN state_json;
CREATE TABLE IF NOT EXISTS story_state (id TEXT PRIMARY KEY, state_json TEXT NOT NULL);
INSERT OR REPLACE INTO story_state SELECT id, state_json FROM stories;
ALTER TABLE stories DROP COLUMN state_json;
CREATE INDEX IF NOT EXISTS events_last_day ON events(last_day);
CREATE INDEX IF NOT EXISTS events_first_day ON events(first_day);
CREATE INDEX IF NOT EXISTS stories_size ON stories(event_count);
-- Filters find the events of the matching articles through indexes that hold all they read (no visit to an article's
-- row, a text long).
CREATE INDEX IF NOT EXISTS articles_language_day ON articles(language, published_epoch, id);
CREATE INDEX IF NOT EXISTS articles_outlet_day ON articles(outlet_key, published_epoch, id);
CREATE INDEX IF NOT EXISTS articles_day_id ON articles(published_epoch, id);

CREATE TABLE IF NOT EXISTS event_digest (
  event_id      TEXT PRIMARY KEY,
  articles      INTEGER NOT NULL,
  outlets       INTEGER NOT NULL,
  independent   INTEGER NOT NULL,
  sub_type      TEXT,
  disputed      INTEGER NOT NULL,
  place_id      INTEGER,
  place_n       INTEGER
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_digest (
  story_id      TEXT PRIMARY KEY,
  title         TEXT,
  articles      INTEGER NOT NULL,
  outlets       INTEGER NOT NULL,
  independent   INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS event_stale (event_id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_stale (story_id TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT OR IGNORE INTO event_stale SELECT id FROM events;
INSERT OR IGNORE INTO story_stale SELECT id FROM stories;

-- Members.
CREATE TRIGGER IF NOT EXISTS stale_member_in AFTER INSERT ON article_events BEGIN
  INSERT OR IGNORE INTO event_stale VALUES (NEW.event_id);
END;
CREATE TRIGGER IF NOT EXISTS stale_member_out AFTER DELETE ON article_events BEGIN
  INSERT OR IGNORE INTO event_stale VALUES (OLD.event_id);
END;
CREATE TRIGGER IF NOT EXISTS stale_member_moved AFTER UPDATE OF event_id ON article_events WHEN OLD.event_id IS NOT NEW.event_id BEGIN
  INSERT OR IGNORE INTO event_stale VALUES (OLD.event_id);
  INSERT OR IGNORE INTO event_stale VALUES (NEW.event_id);
END;
-- Events come, go and change story; a story's title is its largest event's.
CREATE TRIGGER IF NOT EXISTS stale_event_in AFTER INSERT ON events BEGIN
  INSERT OR IGNORE INTO event_stale VALUES (NEW.id);
  INSERT OR IGNORE INTO story_stale SELECT NEW.story_id WHERE NEW.story_id IS NOT NULL;
END;
CREATE TRIGGER IF NOT EXISTS stale_event_out AFTER DELETE ON events BEGIN
  INSERT OR IGNORE INTO event_stale VALUES (OLD.id);
  INSERT OR IGNORE INTO story_stale SELECT OLD.story_id WHERE OLD.story_id IS NOT NULL;
END;
CREATE TRIGGER IF NOT EXISTS stale_event_story AFTER UPDATE OF story_id, title, article_count ON events BEGIN
  INSERT OR IGNORE INTO story_stale SELECT OLD.story_id WHERE OLD.story_id IS NOT NULL;
  INSERT OR IGNORE INTO story_stale SELECT NEW.story_id WHERE NEW.story_id IS NOT NULL;
END;
-- Copies change the independent sources of both articles' events.
CREATE TRIGGER IF NOT EXISTS stale_copy_in AFTER INSERT ON copies BEGIN
  INSERT OR IGNORE INTO event_stale SELECT event_id FROM article_events WHERE article_id IN (NEW.copy_id, NEW.original_id);
END;
CREATE TRIGGER IF NOT EXISTS stale_copy_out AFTER DELETE ON copies BEGIN
  INSERT OR IGNORE INTO event_stale SELECT event_id FROM article_events WHERE article_id IN (OLD.copy_id, OLD.original_id);
END;
-- Outlets: the outlet pass joins spellings into keys.
CREATE TRIGGER IF NOT EXISTS stale_outlet AFTER UPDATE OF outlet_key, outlet_id ON articles
    WHEN OLD.outlet_key IS NOT NEW.outlet_key OR OLD.outlet_id IS NOT NEW.outlet_id BEGIN
  INSERT OR IGNORE INTO event_stale SELECT event_id FROM article_events WHERE article_id = NEW.id;
END;
-- Claims: whether disputed.
CREATE TRIGGER IF NOT EXISTS stale_claims_in AFTER INSERT ON event_claims BEGIN
  INSERT OR IGNORE INTO event_stale VALUES (NEW.event_id);
END;
CREATE TRIGGER IF NOT EXISTS stale_claims_set AFTER UPDATE ON event_claims BEGIN
  INSERT OR IGNORE INTO event_stale VALUES (NEW.event_id);
END;
CREATE TRIGGER IF NOT EXISTS stale_claims_out AFTER DELETE ON event_claims BEGIN
  INSERT OR IGNORE INTO event_stale VALUES (OLD.event_id);
END;
-- Types: the most common type of an event's articles.
CREATE TRIGGER IF NOT EXISTS stale_type_in AFTER INSERT ON article_types BEGIN
  INSERT OR IGNORE INTO event_stale SELECT event_id FROM article_events WHERE article_id = NEW.article_id;
END;
CREATE TRIGGER IF NOT EXISTS stale_type_set AFTER UPDATE ON article_types BEGIN
  INSERT OR IGNORE INTO event_stale SELECT event_id FROM article_events WHERE article_id = NEW.article_id;
END;
CREATE TRIGGER IF NOT EXISTS stale_type_out AFTER DELETE ON article_types BEGIN
  INSERT OR IGNORE INTO event_stale SELECT event_id FROM article_events WHERE article_id = OLD.article_id;
END;
-- Places: the main place is the one most of an event's articles name (mentions are written before an article is
-- placed, so these fire for re-annotation and entity merges).
CREATE TRIGGER IF NOT EXISTS stale_mention_in AFTER INSERT ON mentions BEGIN
  INSERT OR IGNORE INTO event_stale SELECT event_id FROM article_events WHERE article_id = NEW.article_id;
END;
CREATE TRIGGER IF NOT EXISTS stale_mention_out AFTER DELETE ON mentions BEGIN
  INSERT OR IGNORE INTO event_stale SELECT event_id FROM article_events WHERE article_id = OLD.article_id;
END;
CREATE TRIGGER IF NOT EXISTS stale_mention_set AFTER UPDATE OF entity_id, ner_type ON mentions BEGIN
  INSERT OR IGNORE INTO event_stale SELECT event_id FROM article_events WHERE article_id = NEW.article_id;
END;
CREATE TRIGGER IF NOT EXISTS stale_place_type AFTER UPDATE OF type, feature_code ON entities BEGIN
  INSERT OR IGNORE INTO event_stale SELECT DISTINCT ae.event_id FROM mentions m JOIN article_events ae ON ae.article_id = m.article_id
    WHERE m.entity_id = NEW.id;
END;
