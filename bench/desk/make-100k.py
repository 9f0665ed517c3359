#!/usr/bin/env python3
"""Writes the 100k-article input for the filtered-list latency benchmark (issue 17) as JSON lines, from ../shared:
the 56,212 RSS items of rss-link-db-ukraine-2022-2023 (title + description), the 16,545 RUWA items (title + desc,
those with either), and then the RSS items again as republications until 100,000 lines: each under an outlet named
"<outlet> (mirror)", its URL with ?mirror=1 and dated two years later, its text prefixed "Republished:" (so it is a
new article, found as a copy of the first). Only the count of rows and their spread matter to the timing; the
republications are synthetic and said to be so in BENCHMARKS.md. Usage: make-100k.py SHARED OUT.jsonl"""
import csv, gzip, json, sys
from datetime import datetime, timedelta

shared, out = sys.argv[1], sys.argv[2]
rss = [json.loads(l) for l in gzip.open(f"{shared}/data/real-news/rss-link-db-ukraine-2022-2023/rss_ukraine_2022_2023.jsonl.gz", "rt", encoding="utf-8")]
n = 0
with open(out, "w", encoding="utf-8") as f:
    def put(o):
        global n
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
        n += 1
    for r in rss:
        put({"title": r.get("title", ""), "text": r.get("description", ""), "url": r.get("url"), "published": r.get("published_utc"), "outlet": r.get("outlet")})
    csv.field_size_limit(10**7)
    with open(f"{shared}/data/real-news/ruwa-khairova-2022/RUWA_04.08.23.csv", encoding="utf-8") as c:
        for row in csv.DictReader(c):
            if not (row.get("title") or row.get("desc")):
                continue
            try:
                day = datetime.strptime(row["Date"], "%m/%d/%Y").strftime("%Y-%m-%dT12:00:00Z")
            except ValueError:
                day = None
            put({"title": row.get("title", ""), "text": row.get("desc", ""), "url": row.get("src"), "published": day, "outlet": row.get("Site")})
    i = 0
    while n < 100_000:
        r = rss[i % len(rss)]
        i += 1
        p = r.get("published_utc")
        later = (datetime.strptime(p[:19], "%Y-%m-%dT%H:%M:%S") + timedelta(days=730)).strftime("%Y-%m-%dT%H:%M:%SZ") if p else None
        url = r.get("url") or ""
        put({"title": r.get("title", ""), "text": "Republished: " + (r.get("description") or ""), "url": url + ("&" if "?" in url else "?") + "mirror=1",
             "published": later, "outlet": (r.get("outlet") or "unknown") + " (mirror)"})
print(n, "articles written to", out)
