#!/usr/bin/env python3
"""Synthetic place mentions for the 100k latency store (issue 17 benchmark only): every capitalised word or pair of
words in an article's title and text that is the name of a Ukrainian or Russian place of >= 3,000 people in the default
gazetteer (the most populous of a name) becomes a mention of that place's entity. A dictionary match, not CoreNLP: it
gives the place filters real place names in real texts at realistic cardinalities, to time the queries."""
import re, sqlite3, sys
# Usage: place-mentions.py STORE/sitrep.db ~/.cache/sitrep/geonames.sqlite, then PlaceKeys.java (beside it) gives the
# entities the transliteration keys filters look names up by. Benchmark stores only; the store must not be open.
store, gaz = sys.argv[1], sys.argv[2]
g = sqlite3.connect(gaz)
adm = {(cc, code): name for cc, code, name in g.execute("SELECT cc, code, name FROM admin1")}
places = {}
for pid, name, ascii_, lat, lon, fcode, cc, a1, pop in g.execute(
        "SELECT id, name, ascii, lat, lon, fcode, cc, admin1, population FROM places WHERE cc IN ('UA','RU') AND population >= 3000"):
    for n in {name, ascii_}:
        if n and (n not in places or places[n][8] < pop):
            places[n] = (pid, name, ascii_, lat, lon, fcode, cc, adm.get((cc, a1)), pop)
print(len(places), "names")
db = sqlite3.connect(store)
word = re.compile(r"[A-Z][\w'’-]+")
eid = {}
next_id = (db.execute("SELECT coalesce(max(id), 0) FROM entities").fetchone()[0] or 0) + 1
rows = []
n_articles = 0
for aid, title, text in db.execute("SELECT id, coalesce(title, ''), text FROM articles"):
    body = title + "\n" + text
    toks = [(m.start(), m.end(), m.group()) for m in word.finditer(body)]
    found = False
    i = 0
    while i < len(toks):
        s, e, w = toks[i]
        hit = None
        if i + 1 < len(toks) and toks[i + 1][0] == e + 1:
            two = w + " " + toks[i + 1][2]
            if two in places: hit = (s, toks[i + 1][1], two); i += 1
        if hit is None and w in places: hit = (s, e, w)
        if hit:
            p = places[hit[2]]
            if p[0] not in eid:
                eid[p[0]] = next_id; next_id += 1
            rows.append((aid, hit[0], hit[1], hit[2], "LOCATION", "PLACE", 0, eid[p[0]], "resolved"))
            found = True
        i += 1
    n_articles += found
print(len(rows), "mentions in", n_articles, "articles,", len(eid), "places")
ents = []
for n, p in places.items():
    if p[0] in eid and (p[0], ) not in ents:
        ents.append((p[0],))
seen = set()
with db:
    for n, p in places.items():
        if p[0] in eid and p[0] not in seen:
            seen.add(p[0])
            db.execute("INSERT INTO entities (id, type, name, key, geoname_id, latitude, longitude, country, admin1, feature_code) "
                       "VALUES (?, 'PLACE', ?, ?, ?, ?, ?, ?, ?, ?)", (eid[p[0]], p[1], p[2].lower(), p[0], p[3], p[4], p[6], p[7], p[5]))
    db.executemany("INSERT INTO mentions (article_id, start, end, text, ner_type, kind, sentence, entity_id, place_status) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.execute("UPDATE entities SET mention_count = (SELECT count(*) FROM mentions m WHERE m.entity_id = entities.id), "
               "article_count = (SELECT count(DISTINCT article_id) FROM mentions m WHERE m.entity_id = entities.id) WHERE type = 'PLACE'")
for r in db.execute("SELECT id, name, admin1, article_count FROM entities ORDER BY article_count DESC LIMIT 8"): print(r)
