#!/usr/bin/env python3
"""Synthetic claim summaries for the 100k latency store (issue 17 benchmark only): a store ingested --no-nlp has no
claims, so the dispute filter has nothing to read. This gives a hash-chosen 30 % of the events with two or more articles
an `event_claims` row (one claim group per article), and one in 50 of those a dispute: about the share the whole pipeline
found in real RSS (3 disputed events in 5,978 items, BENCHMARKS "Claims and disputes") scaled up a little so that the
filter returns a page. Times the queries; says nothing of claim finding. Usage: disputes.py STORE/sitrep.db
(the store must not be open; then one `ingest --no-nlp` of a known item writes the digests again)."""
import hashlib, json, sqlite3, sys

db = sqlite3.connect(sys.argv[1])
rows = []
for eid, n in db.execute("SELECT id, article_count FROM events WHERE article_count >= 2"):
    h = int(hashlib.sha1(eid.encode()).hexdigest()[:8], 16)
    if h % 10 >= 3:
        continue
    disputed = 1 if (h // 10) % 50 == 0 else 0
    q = ["Who controls the place? (synthetic)"] if disputed else []
    rows.append((eid, "bench", n, n, 0, disputed, json.dumps(q)))
db.executemany("INSERT OR REPLACE INTO event_claims (event_id, signature, claims, groups, corroborated, disputes, questions_json)"
               " VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
db.commit()
print(len(rows), "events with claims,", sum(r[5] for r in rows), "disputed")
