#!/usr/bin/env python3
"""Candidate pairs for the template benchmark (issue 14), from the real RSS items in ../shared (Python 3 stdlib only).

A pair is a candidate when two items look alike once their names and figures are masked: the same headline skeleton,
or a masked-text word-3-shingle Jaccard of 0.5 or more. These rules are ours and simple; Sitrep's detector is not
used. Each candidate is then labelled by reading both texts (pairs.tsv): SAME (one report: a copy, republication,
re-cut or re-headlined version), TEMPLATE (the same wording or format, another report: other day, place, figures,
people or incident) or OTHER (another report that only shares a topic).

  python3 bench/templates/tools/candidates.py --out /tmp/cands.tsv     # line_a line_b why + both texts, for reading
  python3 bench/templates/tools/candidates.py --check bench/templates/pairs.tsv   # pairs.tsv names the same items
"""
import argparse, collections, gzip, json, os, random, re, sys, unicodedata
from datetime import datetime

RSS_FILE = 'data/real-news/rss-link-db-ukraine-2022-2023/rss_ukraine_2022_2023.jsonl.gz'
SEED = 20261206
PER_SKELETON = 3      # at most this many pairs per headline skeleton (the Guardian's "day N" digest has 343 items)
MAX_DAYS = 45         # candidate pairs are at most this far apart
TAIL = [re.compile(p, re.I) for p in (r'\s*submitted by\s+/u/\S+.*$', r'\s*Continue reading(\.\.\.|…|\.)?\s*$',
                                      r'\s*(\.\.\.|…|\[…\]|\[\.\.\.\])\s*$')]


def find_shared():
    d = os.getcwd()
    while True:
        c = os.path.join(d, 'shared')
        if os.path.isdir(os.path.join(c, 'data')):
            return c
        c = os.path.join(d, '..', 'shared')
        if os.path.isdir(os.path.join(c, 'data')):
            return os.path.normpath(c)
        p = os.path.dirname(d)
        if p == d:
            sys.exit('shared/ not found; pass --shared')
        d = p


def text_of(it):
    t = (it.get('title') or '').strip() + '\n' + (it.get('description') or '').strip()
    for p in TAIL:
        t = p.sub('', t)
    return t.strip()


def masked(text):
    out = []
    for i, w in enumerate(re.findall(r"[\w'’-]+", text)):
        if re.search(r'\d', w):
            out.append('#')
        elif w[0].isupper() and i > 0:
            out.append('N')
        else:
            out.append(unicodedata.normalize('NFKD', w.lower()))
    return out


def shingles(tokens, k=3):
    return {tuple(tokens[i:i + k]) for i in range(len(tokens) - k + 1)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--shared')
    ap.add_argument('--out')
    ap.add_argument('--check')
    args = ap.parse_args()
    shared = args.shared or find_shared()
    items = []
    with gzip.open(os.path.join(shared, RSS_FILE), 'rt', encoding='utf-8') as f:
        for n, line in enumerate(f):
            it = json.loads(line)
            it['line'] = n
            it['text'] = text_of(it)
            it['day'] = datetime.fromisoformat(it['published_utc'].replace('Z', '+00:00')).toordinal()
            items.append(it)
    if args.check:
        lines = {it['line']: it for it in items}
        bad = 0
        with open(args.check, encoding='utf-8') as f:
            next(f)
            for row in f:
                a, b, url_a, url_b = row.rstrip('\n').split('\t')[:4]
                if lines[int(a)]['url'] != url_a or lines[int(b)]['url'] != url_b:
                    bad += 1
        print('mismatched rows:', bad)
        sys.exit(1 if bad else 0)
    rnd = random.Random(SEED)
    pairs = {}
    # 1. The same headline skeleton (5+ tokens), texts not identical.
    by_title = collections.defaultdict(list)
    for it in items:
        m = masked(it.get('title') or '')
        if len(m) >= 5 and sum(1 for w in m if w not in ('N', '#')) >= 2:
            by_title[' '.join(m)].append(it)
    for sk, group in by_title.items():
        cands = [(a, b) for i, a in enumerate(group) for b in group[i + 1:]
                 if a['text'] != b['text'] and abs(a['day'] - b['day']) <= MAX_DAYS]
        rnd.shuffle(cands)
        for a, b in cands[:PER_SKELETON]:
            pairs[(a['line'], b['line'])] = 'same headline skeleton'
    # 2. Masked-text shingle Jaccard >= 0.5 (blocked by the first 6 masked words of the teaser, and of the text).
    blocks = collections.defaultdict(list)
    for it in items:
        m = masked(it['text'])
        it['sh'] = shingles(m)
        if len(m) >= 12:
            blocks[' '.join(m[:6])].append(it)
            d = masked(it.get('description') or '')
            if len(d) >= 8:
                blocks['d ' + ' '.join(d[:6])].append(it)
    per_block = collections.Counter()
    for key, group in blocks.items():
        if len(group) > 400:
            group = rnd.sample(group, 400)
        cands = []
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a['line'] == b['line'] or a['text'] == b['text'] or abs(a['day'] - b['day']) > MAX_DAYS:
                    continue
                inter = len(a['sh'] & b['sh'])
                jac = inter / max(1, len(a['sh'] | b['sh']))
                if jac >= 0.5:
                    cands.append((a, b, jac))
        rnd.shuffle(cands)
        for a, b, jac in cands[:PER_SKELETON]:
            k = (min(a['line'], b['line']), max(a['line'], b['line']))
            pairs.setdefault(k, 'masked Jaccard %.2f' % jac)
    lines = {it['line']: it for it in items}
    out = open(args.out, 'w', encoding='utf-8') if args.out else sys.stdout
    out.write('line_a\tline_b\turl_a\turl_b\twhy\toutlet_a\tpublished_a\ttext_a\toutlet_b\tpublished_b\ttext_b\n')
    for (a, b), why in sorted(pairs.items()):
        x, y = lines[a], lines[b]
        out.write('\t'.join([str(a), str(b), x['url'], y['url'], why, x['outlet'], x['published_utc'],
                             x['text'].replace('\t', ' ').replace('\n', ' ¶ '), y['outlet'], y['published_utc'],
                             y['text'].replace('\t', ' ').replace('\n', ' ¶ ')]) + '\n')
    print(len(pairs), 'pairs', file=sys.stderr)


if __name__ == '__main__':
    main()
