#!/usr/bin/env python3
"""Compares what two Sitrep data directories hold, table by table: for refactors that must change nothing.

    python3 bench/tools/compare-stores.py OLD_DATA_DIR NEW_DATA_DIR

Ingest the same input with the old and the new build into two data directories, then run this. It prints, per
table, the row counts and whether the rows are identical (a few rows only in one side when they differ) and exits 1
on any difference. Python's standard library only.
"""
import sqlite3
import sys

QUERIES = {
    "articles": "SELECT id, title, url, published, language, text FROM articles",
    "copies": "SELECT original_id, copy_id, kind, score, jaccard, direction, credited, evidence_json FROM copies",
    "entities": "SELECT id, type, name, key, geoname_id, latitude, longitude, country, admin1, feature_code, given_key, "
                "surname_key, roles, mention_count, article_count FROM entities",
    "mentions": "SELECT article_id, start, end, text, ner_type, kind, sentence, entity_id, place_status, place_detail FROM mentions",
    "entity_spellings": "SELECT entity_id, spelling, key, count FROM entity_spellings",
    "quotes": "SELECT article_id, start, end, text, speaker, speaker_entity_id, sentence FROM quotes",
    "times": "SELECT * FROM times",
    "quantities": "SELECT * FROM quantities",
    "annotated": "SELECT article_id, status, reason, reference, reference_fetch, tokens, sentences_json, places_note FROM annotated",
    "article_events": "SELECT article_id, event_id FROM article_events",
    "events": "SELECT id, story_id, title, first_day, last_day, article_count FROM events",
    "stories": "SELECT id, first_day, last_day, event_count FROM stories",
    "cluster_log": "SELECT kind, from_id, into_id FROM cluster_log",
}


def rows(data_dir, query):
    db = sqlite3.connect(f"file:{data_dir}/sitrep.db?mode=ro", uri=True)
    try:
        return sorted(map(tuple, db.execute(query).fetchall()), key=repr)
    finally:
        db.close()


def main(old, new):
    same_everywhere = True
    for table, query in QUERIES.items():
        try:
            a, b = rows(old, query), rows(new, query)
        except sqlite3.Error as e:
            print(f"{table:17} not compared: {e}")
            continue
        same = a == b
        same_everywhere &= same
        print(f"{table:17} old {len(a):8,} new {len(b):8,}  {'identical' if same else 'DIFFERENT'}")
        if not same:
            sa, sb = set(a), set(b)
            for r in list(sa - sb)[:3]:
                print("    only old:", repr(r)[:200])
            for r in list(sb - sa)[:3]:
                print("    only new:", repr(r)[:200])
    print("all identical" if same_everywhere else "differences found")
    return 0 if same_everywhere else 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
