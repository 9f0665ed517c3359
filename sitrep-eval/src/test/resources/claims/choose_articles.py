#!/usr/bin/env python3
"""Reproducible choice of articles for the claim gold set.

Rule (also in README.md):
 1. For each article in <data>/articles/*.txt, words = len(text.split()).
 2. Keep articles with 150 <= words <= 1200.
 3. cues = number of case-insensitive matches of CUE_RE (word-start anchored;
    'evacuat' is a prefix), density = cues * 1000 / words.
 4. Drop near-duplicates: an article whose first 200 characters (whitespace
    collapsed, lower-cased) equal those of an article already taken.
 5. Rank by density descending (tie: file name ascending) and walk the list,
    taking an article unless its country already holds 40% of the target
    size N (i.e. floor(0.4*N) articles). Stop at N articles.
 6. split = 'dev' if int(sha1(file name).hexdigest(), 16) is even else 'test'.

Usage: python3 choose_articles.py [DATA_DIR] [N]   (prints file, split, country, words, cues, density)
"""
import hashlib, os, re, sys

DATA = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/data/real-news/gdelt-outlets-447-hellaskella33'
N = int(sys.argv[2]) if len(sys.argv) > 2 else 30
CUE_RE = re.compile(r'\b(?:killed|wounded|shelling|shelled|attacks?|missiles?|drones?|captured|liberated|repelled|shot down|destroyed|evacuat\w*|troops|forces)\b', re.I)


def split_of(name):
    return 'dev' if int(hashlib.sha1(name.encode('utf-8')).hexdigest(), 16) % 2 == 0 else 'test'


def choose(data=DATA, n=N):
    adir = os.path.join(data, 'articles')
    rows = []
    for name in sorted(os.listdir(adir)):
        if not name.endswith('.txt'):
            continue
        text = open(os.path.join(adir, name), encoding='utf-8').read()
        words = len(text.split())
        if not (150 <= words <= 1200):
            continue
        cues = len(CUE_RE.findall(text))
        country = name.split('_')[1]
        key = ' '.join(text.split()).lower()[:200]
        rows.append((-(cues * 1000.0 / words), name, country, words, cues, key))
    rows.sort()
    cap = int(0.4 * n)
    per_country, seen, out = {}, set(), []
    for negd, name, country, words, cues, key in rows:
        if len(out) >= n:
            break
        if key in seen:
            continue
        if per_country.get(country, 0) >= cap:
            continue
        seen.add(key)
        per_country[country] = per_country.get(country, 0) + 1
        out.append((name, split_of(name), country, words, cues, -negd))
    return out


if __name__ == '__main__':
    for name, split, country, words, cues, dens in choose():
        print(f'{name}\t{split}\t{country}\t{words}\t{cues}\t{dens:.1f}')
