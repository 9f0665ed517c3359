#!/usr/bin/env python3
"""Scores the claims a Sitrep data directory holds against hand labels (development aid; ClaimsEvalIT is the benchmark).

usage: score.py DATA_DIR LABELS_TSV [dev|test|all] [--misses]
A found claim matches a gold claim of the same article when their sentences overlap and their kinds are equal
(one-to-one, greedy, quantity agreement preferred). Speaker, side and quantity are judged on matched pairs.
"""
import csv, os, re, sqlite3, sys
from collections import Counter, defaultdict

data, labels = sys.argv[1], sys.argv[2]
split = sys.argv[3] if len(sys.argv) > 3 and not sys.argv[3].startswith('--') else 'all'
misses = '--misses' in sys.argv
db = sqlite3.connect(os.path.join(data, 'sitrep.db'))
arts = {}
for aid, inp, src in db.execute("SELECT id, origin_input, source_text FROM articles"):
    arts[os.path.basename(inp)] = (aid, src)
gold = defaultdict(list)
for r in csv.DictReader(open(labels, encoding='utf-8'), delimiter='\t'):
    if split != 'all' and r['split'] != split: continue
    gold[r['file']].append(r)
files = [r['file'] for r in csv.DictReader(open(labels.replace('gdelt-claims.tsv', 'gdelt-claims-articles.tsv'), encoding='utf-8'), delimiter='\t')
         if split == 'all' or r['split'] == split]

def norm(s):
    s = s.lower().replace('’', "'")
    s = re.sub(r"^(the|a|an)\s+", '', s)
    return re.sub(r"[^a-z0-9' ]+", ' ', s).split()

STOP = {'the', 'of', 'a', 'an', 's', "'s", 'and', 'for', 'in'}
def same_speaker(pred, pred_kind, gold_sp):
    if gold_sp == 'OUTLET': return pred_kind == 'OUTLET'
    if gold_sp == 'UNKNOWN': return pred_kind == 'UNKNOWN'
    if pred_kind != 'NAMED': return False
    p = [w for w in norm(pred) if w not in STOP]; g = [w for w in norm(gold_sp) if w not in STOP]
    if not p or not g: return False
    if set(p) <= set(g) or set(g) <= set(p): return True
    return p[-1] == g[-1]

tp = Counter(); fp = Counter(); fn = Counter(); sp_ok = sd_ok = q_ok = q_n = 0; matched = 0
sp_by = Counter(); miss_rows = []
for f in files:
    if f not in arts: print('missing article', f); continue
    aid, src = arts[f]
    preds = []
    for kind, speaker, skind, side, q, text in db.execute(
            "SELECT kind, speaker, speaker_kind, side, quantity, text FROM claims WHERE article_id=? ORDER BY ordinal", (aid,)):
        i = src.find(text)
        if i < 0: i = src.find(text.strip()[:60])
        preds.append(dict(kind=kind, speaker=speaker, skind=skind, side=side, q=q, start=i, end=i + len(text), text=text))
    used = set()
    golds = gold.get(f, [])
    for gi, g in sorted(enumerate(golds), key=lambda x: x[1]['quantity'] == ''):
        gs, ge = int(g['start']), int(g['end'])
        cands = [pi for pi, p in enumerate(preds) if pi not in used and p['kind'] == g['kind'] and p['start'] < ge and p['end'] > gs]
        if not cands:
            fn[g['kind']] += 1
            if misses: miss_rows.append(('FN', f, g['kind'], g['speaker'], g['quantity'], src[gs:ge][:150].replace('\n', ' ')))
            continue
        best = next((pi for pi in cands if g['quantity'] and preds[pi]['q'] is not None and float(g['quantity']) == preds[pi]['q']), cands[0])
        used.add(best); p = preds[best]; tp[g['kind']] += 1; matched += 1
        ok = same_speaker(p['speaker'], p['skind'], g['speaker'])
        sp_ok += ok; sp_by[(g['speaker'] == 'OUTLET', ok)] += 1
        sd_ok += (p['side'] == g['side'])
        if misses and (not ok or p['side'] != g['side']):
            miss_rows.append(('SPK' if not ok else 'SIDE', f, g['kind'], 'gold=%s/%s' % (g['speaker'], g['side']), 'pred=%s/%s' % (p['speaker'], p['side']), src[gs:ge][:120].replace('\n', ' ')))
        if g['quantity']:
            q_n += 1; q_ok += (p['q'] is not None and float(g['quantity']) == p['q'])
    for pi, p in enumerate(preds):
        if pi not in used:
            fp[p['kind']] += 1
            if misses: miss_rows.append(('FP', f, p['kind'], p['speaker'], p['q'], p['text'][:150].replace('\n', ' ')))

def prf(t, p_, n):
    P = t / (t + p_) if t + p_ else 0; R = t / (t + n) if t + n else 0
    return P, R, 2 * P * R / (P + R) if P + R else 0
kinds = sorted(set(tp) | set(fp) | set(fn))
ev = [k for k in kinds if k != 'OTHER']
for name, ks in (('event kinds', ev), ('OTHER', ['OTHER']), ('all', kinds)):
    t = sum(tp[k] for k in ks); p_ = sum(fp[k] for k in ks); n = sum(fn[k] for k in ks)
    print('%-12s P %.3f R %.3f F1 %.3f  (tp %d fp %d fn %d)' % ((name,) + prf(t, p_, n) + (t, p_, n)))
for k in kinds:
    print('   %-11s P %.2f R %.2f F1 %.2f  (tp %d fp %d fn %d)' % ((k,) + prf(tp[k], fp[k], fn[k]) + (tp[k], fp[k], fn[k])))
print('matched %d: speaker %.3f  side %.3f  quantity %d/%d' % (matched, sp_ok / max(matched, 1), sd_ok / max(matched, 1), q_ok, q_n))
for r in miss_rows: print('\t'.join(str(x) for x in r))
