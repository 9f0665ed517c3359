// Sitrep web UI: plain DOM, no framework. All article text goes in through textContent, never innerHTML.
'use strict';

const view = document.getElementById('view');
const PAGE = 25;

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) continue;
    if (k === 'class') e.className = v; else if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error ? body.error.message : ('HTTP ' + r.status));
  return body;
}

function dateOf(a) { return a.published ? a.published.replace('T', ' ').replace(/:00Z$|Z$/, '') : '—'; }

function titleOf(a) {
  if (a.title) return a.title;
  const t = (a.text || '').replace(/\s+/g, ' ').trim();
  return t.length > 90 ? t.slice(0, 89) + '…' : (t || '(untitled)');
}

function show(...nodes) { view.replaceChildren(...nodes); }

/** The list's state in the hash: #/?offset=25&outlet=kyivpost.com&language=en */
function listHash(offset, outlet, language) {
  const p = new URLSearchParams();
  if (offset > 0) p.set('offset', offset);
  if (outlet) p.set('outlet', outlet);
  if (language) p.set('language', language);
  const q = p.toString();
  return '#/' + (q ? '?' + q : '');
}

async function listView(params) {
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const outlet = params.get('outlet') || '';
  const language = params.get('language') || '';
  const filter = new URLSearchParams({ limit: PAGE, offset });
  if (outlet) filter.set('outlet', outlet);
  if (language) filter.set('language', language);
  const page = await api(`/api/articles?${filter}`);
  document.title = 'Articles · Sitrep';
  const filters = (outlet || language) ? el('p', { class: 'filters' }, 'Only ',
    outlet ? el('span', { class: 'chip' }, 'outlet ', el('b', {}, outlet)) : null,
    language ? el('span', { class: 'chip' }, 'language ', el('b', {}, language)) : null,
    el('a', { href: '#/' }, 'show all')) : null;
  if (page.total === 0) {
    show(el('h2', {}, 'Articles'), filters, (outlet || language)
      ? el('p', { class: 'empty' }, 'No article matches these filters.')
      : el('p', { class: 'empty' }, 'No articles yet. Ingest some: ', el('code', {}, './sitrep ingest samples/corpus')));
    return;
  }
  const rows = page.items.map(a => el('tr', {},
    el('td', { class: 'date' }, dateOf(a)),
    el('td', {}, el('a', { href: `#/article/${a.id}`, class: 'article-link' }, titleOf(a))),
    el('td', {}, a.outlet ? el('a', { href: listHash(0, a.outlet, language), class: 'outlet-link', title: 'only this outlet' }, a.outlet) : '—'),
    el('td', { class: 'lang' }, el('a', { href: listHash(0, outlet, a.language), class: 'lang-link', title: 'only this language' }, a.language))));
  const pager = el('div', { class: 'pager' },
    offset > 0 ? el('a', { href: listHash(Math.max(0, offset - PAGE), outlet, language), id: 'newer' }, '← newer') : null,
    el('span', { id: 'range' }, page.items.length ? `${offset + 1}–${offset + page.items.length} of ${page.total}` : `none past ${page.total}`),
    offset + PAGE < page.total ? el('a', { href: listHash(offset + PAGE, outlet, language), id: 'older' }, 'older →') : null);
  show(el('h2', {}, 'Articles'), filters,
    el('table', { id: 'articles' }, el('thead', {}, el('tr', {}, el('th', {}, 'Published'), el('th', {}, 'Title'), el('th', {}, 'Outlet'), el('th', {}, 'Lang'))),
      el('tbody', {}, rows)),
    pager);
}

async function searchView(params) {
  const q = params.get('q') || '';
  document.getElementById('q').value = q;
  const r = await api(`/api/search?limit=50&q=${encodeURIComponent(q)}`);
  document.title = `${q} · Sitrep search`;
  const hits = r.items.map(h => el('div', { class: 'hit' },
    el('a', { href: `#/article/${h.id}`, class: 'article-link' }, titleOf(h)),
    el('div', { class: 'meta' }, `${dateOf(h)} · ${h.outlet || 'unknown outlet'} · ${h.language} · score ${h.score.toFixed(2)}`),
    el('p', { class: 'snippet' }, h.snippet || '')));
  show(el('h2', {}, `${r.total} result${r.total === 1 ? '' : 's'} for “${q}”`),
    hits.length ? el('div', { id: 'hits' }, hits) : el('p', { class: 'empty' }, 'Nothing found.'));
}

/** The source text with every removed span struck through and labelled with its rule. */
function sourceWithRemovals(a) {
  const out = el('div', { class: 'text', id: 'source-text' });
  let cursor = 0;
  for (const r of a.removed) {
    if (r.start > cursor) out.append(document.createTextNode(a.source_text.slice(cursor, r.start)));
    const from = Math.max(cursor, r.start); // spans may overlap; show each character once
    if (r.end <= from) continue;
    out.append(el('del', { class: 'removed', title: r.rule, 'data-rule': r.rule }, el('span', { class: 'rule' }, r.rule), a.source_text.slice(from, r.end)));
    cursor = Math.max(cursor, r.end);
  }
  if (cursor < a.source_text.length) out.append(document.createTextNode(a.source_text.slice(cursor)));
  return out;
}

/** Who this article copies and who copies it, with the evidence: aligned sentences, shared facts, the credit. */
function provenancePanel(p) {
  const titleFor = id => (p.articles[id] && titleOf(p.articles[id])) || id;
  const outletFor = id => (p.articles[id] && p.articles[id].outlet) || 'unknown outlet';
  const relation = (r, otherId, label) => el('li', { class: 'relation' },
    `${label} `, el('a', { href: `#/article/${otherId}`, class: 'article-link' }, titleFor(otherId)),
    ` (${outletFor(otherId)}) — ${r.kind}${r.credited ? `, credits ${r.credited}` : ''}; the original is told by ${r.direction}`,
    el('span', { class: 'meta' }, ` · shingle overlap ${r.jaccard}` + (r.embedding_similarity == null ? '' : ` · lead similarity ${r.embedding_similarity}`)),
    r.aligned.length || r.shared_facts.length ? el('details', {},
      el('summary', {}, `${r.aligned.length} aligned sentence${r.aligned.length === 1 ? '' : 's'}, ${r.shared_facts.length} shared names and numbers`),
      el('table', { class: 'aligned' }, el('thead', {}, el('tr', {}, el('th', {}, 'Original'), el('th', {}, 'Copy'))),
        el('tbody', {}, r.aligned.map(x => el('tr', {}, el('td', {}, x.original), el('td', {}, x.copy))))),
      r.shared_facts.length ? el('p', { class: 'meta' }, 'Shared: ' + r.shared_facts.join(', ')) : null) : null);
  const items = [
    ...p.copy_of.map(r => relation(r, r.original, 'Copy of')),
    ...p.copied_by.map(r => relation(r, r.copy, 'Copied by'))];
  return el('section', { id: 'provenance' }, el('h2', {}, 'Provenance'),
    items.length ? el('ul', {}, items) : el('p', { class: 'meta' }, 'No copies found: an independent report as far as Sitrep can tell.'));
}

async function articleView(id) {
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  const prov = await api(`/api/articles/${encodeURIComponent(a.id)}/provenance`);
  document.title = `${titleOf(a)} · Sitrep`;
  const facts = el('dl', { class: 'facts' },
    el('dt', {}, 'Outlet'), el('dd', {}, a.outlet || '—'),
    el('dt', {}, 'URL'), el('dd', {}, a.url ? el('a', { href: a.url, rel: 'noopener noreferrer' }, a.url) : '—'),
    el('dt', {}, 'Published'), el('dd', {}, a.published ? `${a.published} (${a.published_precision}, from ${a.published_evidence.replace('_', ' ')})` : 'unknown'),
    el('dt', {}, 'Language'), el('dd', {}, `${a.language} (${a.language_confidence.toFixed(2)})`),
    el('dt', {}, 'Read from'), el('dd', {}, a.origin.input + (a.origin.record ? ` (${a.origin.record})` : '') + ` [${a.origin.format}]`),
    el('dt', {}, 'Id'), el('dd', {}, a.id),
    ...Object.entries(a.fields).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]),
    ...(a.problems.length ? [el('dt', {}, 'Problems'), el('dd', {}, a.problems.map(p => `${p.code}: ${p.message}`).join('; '))] : []));
  const clean = el('div', { class: 'text', id: 'clean-text' }, a.text);
  const source = sourceWithRemovals(a);
  const body = el('div', {}, clean);
  const tabClean = el('button', { type: 'button', 'aria-pressed': 'true', id: 'tab-clean' }, 'Cleaned text');
  const tabSource = el('button', { type: 'button', 'aria-pressed': 'false', id: 'tab-source' }, `Source, ${a.removed.length} removal${a.removed.length === 1 ? '' : 's'} struck through`);
  tabClean.addEventListener('click', () => { body.replaceChildren(clean); tabClean.setAttribute('aria-pressed', 'true'); tabSource.setAttribute('aria-pressed', 'false'); });
  tabSource.addEventListener('click', () => { body.replaceChildren(source); tabSource.setAttribute('aria-pressed', 'true'); tabClean.setAttribute('aria-pressed', 'false'); });
  const removedList = el('ul', { class: 'removed-list' }, a.removed.map(r => el('li', {}, el('span', { class: 'rule' }, r.rule), r.text.replace(/\s+/g, ' ').trim())));
  show(el('article', {},
    el('p', {}, el('a', { href: '#/' }, '← all articles')),
    el('h1', {}, titleOf(a)),
    facts,
    provenancePanel(prov),
    el('div', { class: 'tabs' }, tabClean, tabSource),
    body,
    a.removed.length ? el('details', {}, el('summary', {}, 'What cleaning removed'), removedList) : null));
}

async function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  try {
    // The search box shows the query only while its results are on screen.
    if (path !== '/search') document.getElementById('q').value = '';
    if (path.startsWith('/article/')) await articleView(decodeURIComponent(path.slice('/article/'.length)));
    else if (path === '/search') await searchView(params);
    else await listView(params);
  } catch (e) {
    show(el('p', { class: 'error' }, 'Error: ' + e.message));
  }
}

document.getElementById('search-form').addEventListener('submit', ev => {
  ev.preventDefault();
  const q = document.getElementById('q').value.trim();
  if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
});
window.addEventListener('hashchange', route);
route();
