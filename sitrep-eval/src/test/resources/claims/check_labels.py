#!/usr/bin/env python3
"""Verify the claim gold labels against the article files and print counts.

Usage: python3 check_labels.py [ARTICLES_DIR]
Default ARTICLES_DIR: /work/shared/data/real-news/gdelt-outlets-447-hellaskella33/articles
Exit status 1 if any check fails.
"""
import collections, csv, hashlib, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ADIR = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/data/real-news/gdelt-outlets-447-hellaskella33/articles'
KINDS = {'CONTROL', 'ATTACK', 'KILLED', 'WOUNDED', 'CAPTURED', 'LAUNCHED', 'SHOT_DOWN',
         'DAMAGE', 'EVACUATION', 'DENIAL', 'OTHER'}
SIDES = {'UKRAINE', 'RUSSIA', 'OTHER_STATE', 'INTERNATIONAL', 'MEDIA', 'UNKNOWN'}
CLAIM_COLS = ['file', 'split', 'start', 'end', 'anchor', 'kind', 'speaker', 'side',
              'quantity', 'counted', 'place', 'note']
ART_COLS = ['file', 'split', 'words', 'claims']


def read_tsv(name, cols):
    with open(os.path.join(HERE, name), encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    assert lines[-1] == '', name + ': no final newline'
    header = lines[0].split('\t')
    assert header == cols, f'{name}: bad header {header}'
    rows = []
    for i, line in enumerate(lines[1:-1], 2):
        vals = line.split('\t')
        assert len(vals) == len(cols), f'{name}:{i}: {len(vals)} fields'
        rows.append(dict(zip(cols, vals)))
    return rows


RSS = '/work/shared/data/real-news/rss-link-db-ukraine-2022-2023/rss_ukraine_2022_2023.jsonl.gz'


def check_rss(errors):
    """Check rss-disputes.tsv / rss-non-disputes.tsv against the RSS item file (if present)."""
    import gzip, json
    urls = None
    if os.path.exists(RSS):
        with gzip.open(RSS, 'rt', encoding='utf-8') as f:
            urls = {json.loads(line)['url'] for line in f}
    for name, cols in (('rss-disputes.tsv', ['dispute', 'question', 'item_url', 'side', 'claim_summary']),
                       ('rss-non-disputes.tsv', ['dispute', 'question', 'item_url', 'side', 'claim_summary', 'why_not'])):
        rows = read_tsv(name, cols)
        groups = collections.defaultdict(list)
        for r in rows:
            groups[r['dispute']].append(r)
            if r['side'] not in SIDES:
                errors.append(f"{name}: bad side {r['side']}")
            if len(r['claim_summary'].split()) > 15:
                errors.append(f"{name}: summary over 15 words: {r['claim_summary']}")
            if urls is not None and r['item_url'] not in urls:
                errors.append(f"{name}: url not in RSS file: {r['item_url']}")
        for g, rs in groups.items():
            if len(rs) < 2:
                errors.append(f'{name}: {g} has fewer than 2 items')
            if len({r['item_url'] for r in rs}) != len(rs):
                errors.append(f'{name}: {g} repeats an item')
            if name == 'rss-disputes.tsv' and len({r['side'] for r in rs}) < 2:
                errors.append(f'{name}: {g} has items from one side only')
        print(f"{name}: {len(groups)} groups, {len(rows)} items" + ('' if urls is not None else ' (RSS file not found, urls unchecked)'))


def main():
    errors = []
    claims = read_tsv('gdelt-claims.tsv', CLAIM_COLS)
    arts = read_tsv('gdelt-claims-articles.tsv', ART_COLS)
    art = {a['file']: a for a in arts}
    if len(art) != len(arts):
        errors.append('duplicate article rows')
    texts = {}
    for a in arts:
        p = os.path.join(ADIR, a['file'])
        if not os.path.exists(p):
            errors.append(f'missing article {p}')
            continue
        texts[a['file']] = open(p, encoding='utf-8').read()
        if a['split'] not in ('dev', 'test'):
            errors.append(f"{a['file']}: bad split {a['split']}")
        if int(a['words']) != len(texts[a['file']].split()):
            errors.append(f"{a['file']}: words {a['words']} != {len(texts[a['file']].split())}")
    per_art = collections.Counter()
    seen = set()
    for i, c in enumerate(claims, 2):
        where = f"gdelt-claims.tsv:{i}"
        f = c['file']
        if f not in art:
            errors.append(f'{where}: file not in articles list'); continue
        if c['split'] != art[f]['split']:
            errors.append(f'{where}: split differs from articles list')
        t = texts.get(f)
        s, e = int(c['start']), int(c['end'])
        if t is None or not (0 <= s < e <= len(t)):
            errors.append(f'{where}: bad offsets'); continue
        sent = t[s:e]
        if hashlib.sha1(sent.encode('utf-8')).hexdigest()[:12] != c['anchor']:
            errors.append(f'{where}: anchor mismatch')
        if sent != sent.strip():
            errors.append(f'{where}: span has outer whitespace')
        if c['kind'] not in KINDS:
            errors.append(f"{where}: bad kind {c['kind']}")
        if c['side'] not in SIDES:
            errors.append(f"{where}: bad side {c['side']}")
        if not c['speaker']:
            errors.append(f'{where}: empty speaker')
        if c['speaker'] == 'OUTLET' and c['side'] != 'MEDIA':
            errors.append(f'{where}: OUTLET must have side MEDIA')
        if c['speaker'] == 'UNKNOWN' and c['side'] != 'UNKNOWN':
            errors.append(f'{where}: UNKNOWN speaker must have side UNKNOWN')
        if c['kind'] == 'OTHER' and c['speaker'] in ('OUTLET',):
            errors.append(f'{where}: OTHER must be attributed')
        if c['quantity'] and not c['quantity'].isdigit():
            errors.append(f"{where}: quantity not digits: {c['quantity']}")
        key = (f, s, e, c['kind'], c['speaker'], c['quantity'], c['counted'], c['place'])
        if key in seen:
            errors.append(f'{where}: duplicate claim')
        seen.add(key)
        per_art[f] += 1
    for f, a in art.items():
        if int(a['claims']) != per_art[f]:
            errors.append(f"{f}: claims column {a['claims']} != {per_art[f]}")

    print(f'articles: {len(arts)}  claims: {len(claims)}')
    for split in ('dev', 'test'):
        na = sum(1 for a in arts if a['split'] == split)
        nc = sum(1 for c in claims if c['split'] == split)
        print(f'  {split}: {na} articles, {nc} claims')
    for col in ('kind', 'side'):
        tab = collections.defaultdict(collections.Counter)
        for c in claims:
            tab[c[col]][c['split']] += 1
        print(f'\n{col:<14}{"dev":>6}{"test":>6}{"all":>6}')
        for k in sorted(tab, key=lambda k: -sum(tab[k].values())):
            print(f"{k:<14}{tab[k]['dev']:>6}{tab[k]['test']:>6}{sum(tab[k].values()):>6}")
    attributed = sum(1 for c in claims if c['speaker'] != 'OUTLET')
    print(f'\nattributed (speaker != OUTLET): {attributed}; OUTLET: {len(claims) - attributed}')
    print(f"with quantity: {sum(1 for c in claims if c['quantity'])}; with place: {sum(1 for c in claims if c['place'])}")
    print()
    check_rss(errors)
    if errors:
        print(f'\n{len(errors)} ERRORS')
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('\nOK: all anchors match, vocabularies valid')


if __name__ == '__main__':
    main()
