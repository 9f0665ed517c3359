#!/usr/bin/env python3
"""Latency of filtered event lists (issue 17; --places and --records add place, type and dispute filters, for a store
given place mentions, types and claim summaries by the scripts beside this one): against a running `sitrep serve`, sends each query of a fixed mix in
turn, one client, for ROUNDS rounds (after one warm-up round not recorded), and prints p50/p95/max per query and over
all filtered ones, beside the unfiltered list of the same run (the baseline). Usage: latency.py BASE_URL [ROUNDS]"""
import json, statistics, sys, time, urllib.request

args = [a for a in sys.argv[1:] if not a.startswith("--")]
base = args[0].rstrip("/")
rounds = int(args[1]) if len(args) > 1 else 20
queries = {
    "unfiltered (baseline)": "/api/events?limit=50",
    "one month (published)": "/api/events?limit=50&from=2022-09-01&to=2022-09-30",
    "one month, newest first": "/api/events?limit=50&from=2023-02-01&to=2023-02-28&sort=newest",
    "event date range": "/api/events?limit=50&date=event&from=2022-03-01&to=2022-03-31",
    "language pl": "/api/events?limit=50&language=pl",
    "outlet": "/api/events?limit=50&outlet=www.bbc.co.uk",
    "outlet + year": "/api/events?limit=50&outlet=www.pravda.com.ua&from=2023-01-01&to=2023-12-31",
    "free text": "/api/events?limit=50&q=Kupiansk",
    "free text + month": "/api/events?limit=50&q=drone&from=2022-10-01&to=2022-10-31",
    "page 20 of a year": "/api/events?limit=50&offset=1000&from=2022-01-01&to=2022-12-31",
    "stories, one month": "/api/stories?limit=50&from=2022-09-01&to=2022-09-30",
    "articles, language + month": "/api/articles?limit=50&language=en&from=2022-05-01&to=2022-05-31",
}
if "--places" in sys.argv:
    queries.update({
        "place (a town)": "/api/events?limit=50&place=Kupiansk",
        "place with the places inside": "/api/events?limit=50&place=Kharkiv%20oblast",
        "place + month": "/api/events?limit=50&place=Bakhmut&from=2022-12-01&to=2022-12-31",
        "place named by 45k articles": "/api/events?limit=50&place=Ukraine",
    })
if "--records" in sys.argv:
    queries.update({
        "type (a sub-event type)": "/api/events?limit=50&type=Air%2Fdrone%20strike",
        "type (an event type)": "/api/events?limit=50&type=Battles",
        "type + month": "/api/events?limit=50&type=Shelling%2Fartillery%2Fmissile%20attack&from=2022-10-01&to=2022-10-31",
        "disputed": "/api/events?limit=50&disputed=true",
        "disputed + year": "/api/events?limit=50&disputed=true&from=2023-01-01&to=2023-12-31",
        "type + place": "/api/events?limit=50&type=Battles&place=Bakhmut",
    })

def get(path):
    t0 = time.perf_counter()
    with urllib.request.urlopen(base + path) as r:
        body = r.read()
    ms = (time.perf_counter() - t0) * 1000
    return ms, json.loads(body)

times = {k: [] for k in queries}
totals = {}
for rnd in range(rounds + 1):
    for k, q in queries.items():
        ms, body = get(q)
        totals[k] = body.get("total")
        if rnd > 0:
            times[k].append(ms)

def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]

print(f"| query | total | p50 ms | p95 ms | max ms |")
print("|---|---:|---:|---:|---:|")
filtered = []
for k, xs in times.items():
    if k != "unfiltered (baseline)":
        filtered += xs
    print(f"| {k} | {totals[k]} | {statistics.median(xs):.1f} | {pct(xs, 95):.1f} | {max(xs):.1f} |")
print(f"| **all filtered** | | {statistics.median(filtered):.1f} | **{pct(filtered, 95):.1f}** | {max(filtered):.1f} |")
print(f"\n{rounds} rounds of {len(queries)} queries, one client, after one warm-up round.")
