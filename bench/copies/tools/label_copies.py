#!/usr/bin/env python3
"""Regenerates Sitrep's labelled copy-detection benchmark from ../shared/data (Python 3 stdlib only).

Labels come from simple, documented rules on the raw texts (NOT from Sitrep's own detector) plus the hand
decisions in hand-labels.tsv, which override the rules. Deterministic: the same data gives the same files.

  python3 bench/copies/tools/label_copies.py            # writes rss-items.tsv, rss-pairs.tsv, articles-pairs.tsv
  python3 bench/copies/tools/label_copies.py --review /tmp/review   # also writes the review lists (uncertain band)
  python3 bench/copies/tools/label_copies.py --sample /tmp/sample.tsv  # the seeded hand-check sample
  python3 bench/copies/tools/label_copies.py --check     # exit 1 if the committed files differ from a fresh run

See bench/copies/README.md for the rules and thresholds.
"""
import argparse
import collections
import gzip
import itertools
import json
import os
import random
import re
import sys
import unicodedata
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
RSS_FILE = 'data/real-news/rss-link-db-ukraine-2022-2023/rss_ukraine_2022_2023.jsonl.gz'
ART_DIR = 'data/real-news/gdelt-outlets-447-hellaskella33/articles'

# The RSS subset: whole UTC days (by published_utc). Two dense news periods: Zelensky in Washington (Dec 2022) and
# Biden in Kyiv / Putin's address / the first anniversary of the invasion (Feb 2023). Everyone covered the same
# events, so the subset is full of same-day same-topic reports by different outlets (hard negatives).
RSS_DAYS = ('2022-12-21', '2022-12-22',
            '2023-02-20', '2023-02-21', '2023-02-22', '2023-02-23', '2023-02-24', '2023-02-25')
# Left out: Interia's live-blog update stubs. Every update of a live page is its own RSS item with the page's fixed
# title and teaser ("Wojna w Ukrainie. 301. dzień inwazji Rosji. Relacja na żywo"), so they carry no report; kept, they
# would make ~300 of the ~500 positives template pairs (identical stubs of one page, or near-identical stubs of the
# next day's page).
EXCLUDE_URL = re.compile(r'^https://wydarzenia\.interia\.pl/raporty/[^/]+/nazywo/')
BLOCK_DAYS = 3          # candidate pairs are at most this far apart in time
RARE_DF = 25            # a content word in at most this many subset items is "rare" (blocking key)
SEED = 20261125         # hand-check sample

# Feed furniture that is not part of the item's text (removed before any comparison).
BOILERPLATE = [re.compile(p, re.I) for p in (
    r'\s*submitted by\s+/u/\S+(\s+to\s+r/\S+)?\s*\[link\]\s*\[comments\]\s*$',   # reddit
    r'\s*Continue reading(\.\.\.|…|\.)?\s*$',                                    # guardian, verge, engadget
    r'\s*(\.\.\.|…|\[…\]|\[\.\.\.\])\s*$',                                       # teaser cut marks
)]
STOP = set('''the and for that with was were are has have had been from this its his her their they them which who
said says also not but into over after before about than then there here will would could can did does all any more
most some such only other our out one two per yet may while since what when where how just new year you your
oraz jest jak ale się nie tak już czy przez przy dla pod nad jego jej ich który która które było będzie może
tego tym też jednak został została zostały podczas także według roku'''.split())


def find_shared():
    d = os.getcwd()
    while True:
        if os.path.isdir(os.path.join(d, 'shared')) and os.path.isdir(os.path.join(d, 'shared', 'data')):
            return os.path.join(d, 'shared')
        p = os.path.dirname(d)
        if p == d:
            sys.exit('no sibling "shared" folder found walking up from ' + os.getcwd())
        d = p


def strip_boilerplate(s):
    s = s or ''
    for _ in range(3):
        for p in BOILERPLATE:
            s = p.sub('', s)
    return s.strip()


def tokens(s):
    """NFKD, accents and case dropped, apostrophes joined, letters and digits only (ł→l by hand: NFKD keeps it)."""
    s = unicodedata.normalize('NFKD', s or '').lower().replace('ł', 'l')
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    s = re.sub(r"['’‘`]", '', s)
    return re.findall(r'[^\W_]+', s)


def shingles(t, k=3):
    if len(t) < k:
        return {tuple(t)} if t else set()
    return {tuple(t[i:i + k]) for i in range(len(t) - k + 1)}


def content(t):
    return {w for w in t if len(w) >= 3 and w not in STOP and not w.isdigit()}


def skeleton(w):
    """Spelling-tolerant key across transliterations and Polish inflection: consonants of the first 6 letters."""
    w = w.replace('kh', 'h').replace('ch', 'h').replace('w', 'v').replace('j', 'y').replace('sz', 's').replace('cz', 'c')
    out = []
    for c in w[:7]:
        if c in 'aeiouy':
            continue
        if not out or out[-1] != c:
            out.append(c)
    return ''.join(out)


def facts(raw):
    """Names and numbers, as skeletons: what survives translation (used only to find cross-language candidates)."""
    out = set()
    for m in re.finditer(r'\b(\d[\d,.]*\d|\d|[A-ZŁŚŻŹĆ][\w’\'-]{3,})', raw or ''):
        w = m.group(1)
        if w[0].isdigit():
            out.add('#' + re.sub(r'[,.]', '', w))
        else:
            t = tokens(w)
            if t and t[0] not in STOP:
                out.add(skeleton(t[0]))
    return out


def jac(a, b):
    if not a or not b:
        return 0.0
    i = len(a & b)
    return i / (len(a) + len(b) - i)


def cont(a, b):
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


class Doc:
    def __init__(self, key, outlet, time, lang, title, teaser, line=None):
        self.key, self.outlet, self.time, self.lang, self.line = key, outlet, time, lang, line
        self.title = (title or '').strip()
        self.teaser = strip_boilerplate(teaser)
        self.ttok = tokens(self.title)
        self.tetok = tokens(self.teaser)
        self.tok = self.ttok + self.tetok
        self.norm = ' '.join(self.tok)
        self.ntitle = ' '.join(self.ttok)
        self.nteaser = ' '.join(self.tetok)
        self.sh = shingles(self.tok)
        self.tesh = shingles(self.tetok)
        self.cw = content(self.tok)
        self.facts = facts(self.title + ' \n ' + self.teaser)


def features(a, b):
    return dict(s3=jac(a.sh, b.sh), c3=cont(a.sh, b.sh), uni=jac(a.cw, b.cw),
                tj=jac(set(a.ttok), set(b.ttok)), fj=jac(a.facts, b.facts), nf=len(a.facts & b.facts),
                tec3=cont(a.tesh, b.tesh))


# ---------------------------------------------------------------- RSS

def load_rss(shared):
    docs = []
    with gzip.open(os.path.join(shared, RSS_FILE), 'rt', encoding='utf-8') as f:
        for n, line in enumerate(f):
            o = json.loads(line)
            if o['published_utc'][:10] not in RSS_DAYS or EXCLUDE_URL.match(o['url']):
                continue
            t = datetime.strptime(o['published_utc'], '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc)
            d = Doc(o['url'], o['outlet'], t, (o.get('language') or '')[:2].lower(), o['title'], o['description'], n)
            docs.append(d)
    return docs


def lang_of(d):
    # The feed's declared language, except for the few PL feeds that are actually English and vice versa:
    # diacritics decide. Used only to route pairs to the cross-language check.
    return 'pl' if re.search('[ąęłńśźżćó]', d.title + d.teaser) else 'en'


def candidates(docs):
    """Loose blocking: a shared 3-shingle or a shared rare content word or shared rare fact, within BLOCK_DAYS."""
    df = collections.Counter()
    for d in docs:
        df.update(d.cw)
    fdf = collections.Counter()
    for d in docs:
        fdf.update(d.facts)
    index = collections.defaultdict(list)
    for i, d in enumerate(docs):
        for s in d.sh:
            index[('s',) + s].append(i)
        for w in d.cw:
            if df[w] <= RARE_DF:
                index[('w', w)].append(i)
        for w in d.facts:
            if fdf[w] <= RARE_DF:
                index[('f', w)].append(i)
    pairs = set()
    for key, ids in index.items():
        if len(ids) > 400:      # a shingle such as "the war in" blocks nothing
            continue
        for i, j in itertools.combinations(ids, 2):
            pairs.add((i, j) if i < j else (j, i))
    out = []
    for i, j in sorted(pairs):
        if abs((docs[i].time - docs[j].time).total_seconds()) <= BLOCK_DAYS * 86400:
            out.append((i, j))
    return out


def rss_rule(a, b, f, templates=frozenset(), rubrics=frozenset()):
    """(label or None, rule name, in uncertain band). The band is what a person reviews."""
    if a.norm and a.norm == b.norm:
        return 'EXACT', 'same-normalized-text', False
    own_teasers = a.nteaser not in templates and b.nteaser not in templates
    if a.ntitle and a.ntitle == b.ntitle and (a.outlet, a.ntitle) in rubrics:
        # A recurring rubric title ("Ukraina walczy. Najważniejsze wydarzenia ostatnich godzin"): a daily digest.
        return None, 'recurring-title', True
    if a.ntitle and a.ntitle == b.ntitle and len(a.ttok) >= 5:
        if not a.tetok or not b.tetok:
            return 'NEAR', 'same-title-one-teaser-empty', True
        if f['tec3'] >= 0.5 and own_teasers:
            return 'NEAR', 'same-title-teaser-overlap', False
        return None, 'same-title-other-teaser', True
    if own_teasers and min(len(a.tetok), len(b.tetok)) >= 12:
        if a.nteaser == b.nteaser:
            return 'NEAR', 'same-teaser-other-title', False
        if f['tec3'] >= 0.6:
            return 'NEAR', 'teaser-overlap', True
    if f['s3'] >= 0.5 or (f['c3'] >= 0.8 and min(len(a.tok), len(b.tok)) >= 8):
        return 'NEAR', 'shingles', f['s3'] < 0.8
    cross = lang_of(a) != lang_of(b)
    band = (f['s3'] >= 0.12 or f['tec3'] >= 0.4 or f['uni'] >= 0.35 or f['tj'] >= 0.6
            or (cross and f['nf'] >= 4 and f['fj'] >= 0.4))
    return None, 'below-thresholds', band


def rss_outer(a, b, f):
    """The outer band: below the reviewed band but not far; only sampled for the hand check."""
    return f['s3'] >= 0.08 or f['c3'] >= 0.25 or f['tj'] >= 0.45 or f['uni'] >= 0.25 or f['tec3'] >= 0.25


# ---------------------------------------------------------------- full-text articles

def load_articles(shared):
    d = os.path.join(shared, ART_DIR)
    docs = []
    for name in sorted(os.listdir(d)):
        if not name.endswith('.txt'):
            continue
        with open(os.path.join(d, name), encoding='utf-8', errors='replace') as fh:
            text = fh.read()
        t = datetime.strptime(name[:16], '%Y%m%dT%H%M%SZ').replace(tzinfo=timezone.utc)
        doc = Doc(name, name.split('_')[1], t, 'en', '', text)
        docs.append(doc)
    return docs


def sentences(text):
    out = []
    for s in re.split(r'(?<=[.!?”"])\s+|\n+', text):
        c = content(tokens(s))
        if len(c) >= 5:
            out.append(c)
    return out


def aligned(a_sents, b_sents):
    """Sentences of the shorter with a content-word Jaccard >= 0.5 partner in the longer (greedy, one to one)."""
    if len(a_sents) > len(b_sents):
        a_sents, b_sents = b_sents, a_sents
    used, n = set(), 0
    for s in a_sents:
        best, bj = -1, 0.0
        for j, t in enumerate(b_sents):
            if j in used:
                continue
            x = jac(s, t)
            if x > bj:
                best, bj = j, x
        if bj >= 0.5:
            used.add(best)
            n += 1
    return n, (n / len(a_sents) if a_sents else 0.0)


def article_rule(a, b, f):
    if a.norm and a.norm == b.norm:
        return 'EXACT', 'same-normalized-text', False
    if f['s3'] >= 0.5 or (f['c3'] >= 0.8 and min(len(a.tok), len(b.tok)) >= 50):
        return 'NEAR', 'shingles', False
    if f['al'] >= 3 and f['alshare'] >= 0.5:
        return 'REWRITE', 'aligned-sentences', True
    band = f['s3'] >= 0.05 or f['c3'] >= 0.1 or f['uni'] >= 0.2 or f['al'] >= 2
    return None, 'below-thresholds', band


# ---------------------------------------------------------------- labels

LABELS = ('EXACT', 'NEAR', 'REWRITE')


def read_hand(path):
    hand = {}
    if not os.path.exists(path):
        return hand
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith('#') or line.startswith('set\t'):
                continue
            p = line.rstrip('\n').split('\t')
            if len(p) < 4 or p[0] not in ('rss', 'articles') or p[3] not in LABELS + ('NONE',):
                sys.exit('%s:%d: bad hand label line' % (path, n))
            a, b = sorted(p[1:3])
            hand[(p[0], a, b)] = (p[3], p[4] if len(p) > 4 else '')
    return hand


def fmt(f):
    return ' '.join('%s=%.2f' % (k, v) if isinstance(v, float) else '%s=%d' % (k, v) for k, v in sorted(f.items()))


def label_set(kind, docs, cands, rule, hand, outer=None):
    """Every candidate with its rule label, band flag, features; then the positives after hand overrides."""
    rows = []
    for i, j in cands:
        a, b = docs[i], docs[j]
        f = features(a, b)
        if kind == 'articles':
            f['al'], f['alshare'] = aligned(a.sents, b.sents)
        lab, why, band = rule(a, b, f)
        band = 'review' if band else ('outer' if outer and not lab and outer(a, b, f) else '')
        rows.append((a, b, f, lab, why, band))
    positives = []
    seen = set()
    for a, b, f, lab, why, band in rows:
        ka, kb = sorted((a.key, b.key))
        seen.add((ka, kb))
        h = hand.get((kind, ka, kb))
        if h:
            if h[0] != 'NONE':
                positives.append((a, b, h[0], 'hand', (h[1] + '; rule: ' + (lab or 'none')).strip('; ')))
        elif lab:
            positives.append((a, b, lab, 'rule', why))
    for (k, ka, kb), (lab, note) in sorted(hand.items()):
        if k == kind and (ka, kb) not in seen:
            sys.exit('hand label for a pair the candidate generation does not produce: %s %s %s' % (k, ka, kb))
    return rows, positives


def order(a, b, kind):
    if kind == 'rss':
        return (a, b) if a.line < b.line else (b, a)
    return (a, b) if a.key < b.key else (b, a)


def write_pairs(path, kind, positives):
    out = []
    for a, b, lab, how, note in positives:
        a, b = order(a, b, kind)
        out.append((a.line if kind == 'rss' else a.key, b.line if kind == 'rss' else b.key, a.key, b.key, lab, how, note))
    out.sort()
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('url_a\turl_b\tlabel\thow\tnote\n' if kind == 'rss' else 'file_a\tfile_b\tlabel\thow\tnote\n')
        for r in out:
            f.write('\t'.join(str(x) for x in r[2:]) + '\n')
    return len(out)


def short(d, n=300):
    s = (d.title + ' || ' + d.teaser) if d.title else d.teaser
    return re.sub(r'\s+', ' ', s)[:n]


def write_review(path, kind, rows, hand):
    n = 400 if kind == 'rss' else 900
    with open(path, 'w', encoding='utf-8') as f:
        for a, b, fe, lab, why, band in sorted(rows, key=lambda r: -r[2]['s3']):
            if band != 'review':
                continue
            a, b = order(a, b, kind)
            ka, kb = sorted((a.key, b.key))
            h = hand.get((kind, ka, kb))
            f.write('%s\t%s\t%s\trule=%s/%s hand=%s %s\n' % (kind, a.key, b.key, lab or 'NONE', why, h[0] if h else '-', fmt(fe)))
            f.write('   A %s %s | %s\n   B %s %s | %s\n' % (a.outlet, a.time.isoformat()[:16], short(a, n),
                                                         b.outlet, b.time.isoformat()[:16], short(b, n)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--shared', help='the shared folder (default: found by walking up from the working directory)')
    ap.add_argument('--out', default=BENCH, help='where to write the TSV files (default: bench/copies)')
    ap.add_argument('--review', help='folder for the review lists of the uncertain band')
    ap.add_argument('--sample', help='write the seeded hand-check sample here')
    ap.add_argument('--check', action='store_true', help='compare with the files in bench/copies instead of writing')
    args = ap.parse_args()
    shared = args.shared or find_shared()
    hand = read_hand(os.path.join(BENCH, 'hand-labels.tsv'))
    out = args.out
    if args.check:
        import tempfile
        out = tempfile.mkdtemp()

    docs = load_rss(shared)
    docs.sort(key=lambda d: d.line)
    with open(os.path.join(out, 'rss-items.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('line\toutlet\tpublished_utc\turl\n')
        for d in docs:
            f.write('%d\t%s\t%s\t%s\n' % (d.line, d.outlet, d.time.strftime('%Y-%m-%dT%H:%M:%SZ'), d.key))
    rc = candidates(docs)
    teaser_n = collections.Counter(d.nteaser for d in docs if d.nteaser)
    templates = frozenset(t for t, n in teaser_n.items() if n >= 3)   # "W tvn24.pl relacjonujemy..." etc.
    title_n = collections.Counter((d.outlet, d.ntitle) for d in docs if d.ntitle)
    rubrics = frozenset(t for t, n in title_n.items() if n >= 3)      # one outlet's title on 3+ of its items
    rrows, rpos = label_set('rss', docs, rc, lambda a, b, f: rss_rule(a, b, f, templates, rubrics), hand, rss_outer)
    n_rss = write_pairs(os.path.join(out, 'rss-pairs.tsv'), 'rss', rpos)

    arts = load_articles(shared)
    for d in arts:
        d.sents = sentences(d.teaser)
    ac = list(itertools.combinations(range(len(arts)), 2))     # all pairs: no blocking for 447 files
    arows, apos = label_set('articles', arts, ac, article_rule, hand)
    n_art = write_pairs(os.path.join(out, 'articles-pairs.tsv'), 'articles', apos)

    c = collections.Counter(('rss', p[2], p[3]) for p in rpos) + collections.Counter(('articles', p[2], p[3]) for p in apos)
    print('rss items %d, candidate pairs %d, reviewed band %d, outer band %d, positives %d' % (
        len(docs), len(rc), sum(1 for r in rrows if r[5] == 'review'), sum(1 for r in rrows if r[5] == 'outer'), n_rss),
        file=sys.stderr)
    print('articles %d, pairs %d, reviewed band %d, positives %d' % (
        len(arts), len(ac), sum(1 for r in arows if r[5] == 'review'), n_art), file=sys.stderr)
    for k in sorted(c):
        print('  %s %s %s: %d' % (k + (c[k],)), file=sys.stderr)

    if args.review:
        os.makedirs(args.review, exist_ok=True)
        write_review(os.path.join(args.review, 'rss.txt'), 'rss', rrows, hand)
        write_review(os.path.join(args.review, 'articles.txt'), 'articles', arows, hand)
    if args.sample:
        write_sample(args.sample, rrows, arows)
    if args.check:
        bad = 0
        for name in ('rss-items.tsv', 'rss-pairs.tsv', 'articles-pairs.tsv'):
            with open(os.path.join(out, name), encoding='utf-8') as x, open(os.path.join(BENCH, name), encoding='utf-8') as y:
                if x.read() != y.read():
                    print('DIFFERS: ' + name, file=sys.stderr)
                    bad += 1
        sys.exit(1 if bad else 0)


def write_sample(path, rrows, arows):
    """Seeded sample of rule labels: per label from both sets, plus rule-negatives from the uncertain band."""
    rng = random.Random(SEED)
    pools = collections.defaultdict(list)
    for kind, rows in (('rss', rrows), ('articles', arows)):
        for a, b, f, lab, why, band in rows:
            if lab:
                pools[lab].append((kind, a, b, f, lab, why))
            elif band:
                pools['NONE-' + band].append((kind, a, b, f, 'NONE', why + '/' + band))
    want = {'EXACT': 25, 'NEAR': 40, 'REWRITE': 15, 'NONE-review': 30, 'NONE-outer': 15}
    with open(path, 'w', encoding='utf-8') as out:
        for k in ('EXACT', 'NEAR', 'REWRITE', 'NONE-review', 'NONE-outer'):
            pool = sorted(pools[k], key=lambda r: (r[0], r[1].key, r[2].key))
            for kind, a, b, f, lab, why in rng.sample(pool, min(want[k], len(pool))):
                a, b = order(a, b, kind)
                out.write('%s\t%s\t%s\t%s\t%s\t%s\n' % (kind, a.key, b.key, lab, why, fmt(f)))
                out.write('   A %s | %s\n   B %s | %s\n' % (a.outlet, short(a, 500), b.outlet, short(b, 500)))


if __name__ == '__main__':
    main()
