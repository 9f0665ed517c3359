#!/usr/bin/env python3
"""Counts the distinct articles among RSS items the way the content id does (org.sitrep.id.ContentId: URL without
tracking parameters, fragment or trailing slash, with lower-case scheme and host; title and teaser NFKC, lower case,
white space collapsed), independently of the Java code.

    python3 bench/ingest/rss-distinct.py ../shared/data/real-news/rss-link-db-ukraine-2022-2023/rss_ukraine_2022_2023.jsonl.gz

prints the items and distinct articles of the whole file (56,212 / 56,150) and of the subset KillIngestIT ingests
(lines 11,001-12,000 and 36,001-45,000: 10,000 / 9,953).
"""
import gzip
import json
import re
import sys
import unicodedata
import urllib.parse

TRACKING = ("fbclid", "gclid", "ocid", "cmpid", "")
SUBSET = ((11_000, 12_000), (36_000, 45_000))  # 0-based, end exclusive; KillIngestIT.SUBSET


def text(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s or "").lower()).strip()


def url(u):
    if not u or not u.strip():
        return ""
    u = u.strip()
    p = urllib.parse.urlsplit(u)
    if not p.scheme or not p.hostname:
        return u
    kept = [q for q in (p.query.split("&") if p.query else [])
            if not (lambda k: k.startswith("utm_") or k.startswith("at_") or k in TRACKING)(q.split("=", 1)[0].lower())]
    path = p.path[:-1] if p.path.endswith("/") else p.path
    return (p.scheme.lower() + "://" + p.hostname + (":%d" % p.port if p.port else "") + path
            + ("?" + "&".join(kept) if kept else ""))


def key(item):
    return url(item.get("url")), text(item.get("title")), text(item.get("description"))


def main(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        items = [json.loads(line) for line in f]
    subset = [item for a, b in SUBSET for item in items[a:b]]
    for name, rows in (("whole file", items), ("KillIngestIT subset", subset)):
        print(f"{name}: {len(rows)} items, {len({key(r) for r in rows})} distinct articles")


if __name__ == "__main__":
    main(sys.argv[1])
