#!/usr/bin/env python3
"""Writes the English items of some months of the RSS stream as JSONL, for a whole-pipeline run on a slice.

usage: rss-months.py RSS_JSONL_GZ OUT.jsonl YYYY-MM [YYYY-MM ...]
e.g.   rss-months.py ../shared/data/real-news/rss-link-db-ukraine-2022-2023/rss_ukraine_2022_2023.jsonl.gz /tmp/q1.jsonl 2023-01 2023-02
"""
import gzip, json, sys

src, out, months = sys.argv[1], sys.argv[2], set(sys.argv[3:])
n = 0
with gzip.open(src, 'rt', encoding='utf-8') as f, open(out, 'w', encoding='utf-8') as o:
    for line in f:
        d = json.loads(line)
        if d['published_utc'][:7] in months and d.get('language', '').startswith('en'):
            o.write(line)
            n += 1
print(n, 'items')
