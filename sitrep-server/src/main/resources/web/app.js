// Sitrep web UI: plain DOM, no framework. All article text goes in through textContent, never innerHTML.
'use strict';

const view = document.getElementById('view');
const PAGE = 25;

// Only http and https addresses ever become links: an article's "URL" comes from whatever was fed in
// (javascript:, data: and the like would run in this page when clicked). Anything else is shown as text.
function webUrl(u) {
  if (typeof u !== 'string') return null;
  try {
    const parsed = new URL(u.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'href' && !/^(#|\/(?!\/))/.test(String(v)) && !webUrl(v)) continue; // only #…, /… (this site) and http(s): no javascript:, data:, … links
    else e.setAttribute(k, v);
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

/**
 * Bumped at each navigation. A view still waiting for the API when the reader has moved on stops there, so that it
 * cannot draw over the page the reader went to (a slow event page answered after a click on "Alerts").
 */
let navigation = 0;

class Superseded extends Error {}

async function api(path) {
  const started = navigation;
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await r.json();
  if (started !== navigation) throw new Superseded(path);
  if (!r.ok) throw new Error(body.error ? body.error.message : ('HTTP ' + r.status));
  return body;
}

function dateOf(a) { return a.published ? a.published.replace('T', ' ').replace(/:00Z$|Z$/, '') : '—'; }

function titleOf(a) {
  if (a.title) return a.title;
  const t = (a.snippet || a.text || '').replace(/\s+/g, ' ').trim();
  return t.length > 90 ? t.slice(0, 89) + '…' : (t || '(untitled)');
}

function show(...nodes) { view.replaceChildren(...nodes.flat(Infinity).filter(n => n !== null && n !== undefined)); }

/** The list's state in the hash: #/?offset=25&outlet=kyivpost.com&language=en&from=2024-01-01 */
function listHash(params, changes) { return hashWith('/', params, changes); }

async function listView(params) {
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const outlet = params.get('outlet') || '';
  const language = params.get('language') || '';
  const page = await api(`/api/articles?${apiQuery(params, { limit: PAGE, offset })}`);
  document.title = 'Articles · Sitrep';
  const bar = filterBar('/', params, { sorts: [['', 'newest first'], ['oldest', 'oldest first']] });
  const filters = (outlet || language) ? el('p', { class: 'filters' }, 'Only ',
    outlet ? el('span', { class: 'chip' }, 'outlet ', el('b', {}, outlet)) : null,
    language ? el('span', { class: 'chip' }, 'language ', el('b', {}, language)) : null,
    el('a', { href: '#/' }, 'show all')) : null;
  if (page.total === 0) {
    show(el('h2', {}, 'Articles'), bar, filters, filtering(params)
      ? el('p', { class: 'empty' }, 'No article matches these filters.')
      : el('p', { class: 'empty' }, 'No articles yet. Ingest some: ', el('code', {}, './sitrep ingest samples/corpus')));
    return;
  }
  const rows = page.items.map(a => el('tr', {},
    el('td', { class: 'date' }, dateOf(a)),
    el('td', {}, el('a', { href: `#/article/${a.id}`, class: 'article-link' }, titleOf(a))),
    el('td', {}, a.outlet ? el('a', { href: listHash(params, { outlet: a.outlet, offset: null }), class: 'outlet-link', title: 'only this outlet' }, a.outlet) : '—'),
    el('td', { class: 'lang' }, el('a', { href: listHash(params, { language: a.language, offset: null }), class: 'lang-link', title: 'only this language' }, a.language))));
  const pager = el('div', { class: 'pager' },
    offset > 0 ? el('a', { href: listHash(params, { offset: Math.max(0, offset - PAGE) }), id: 'newer' }, '← newer') : null,
    el('span', { id: 'range' }, page.items.length ? `${offset + 1}–${offset + page.items.length} of ${page.total}` : `none past ${page.total}`),
    offset + PAGE < page.total ? el('a', { href: listHash(params, { offset: offset + PAGE }), id: 'older' }, 'older →') : null);
  show(el('h2', {}, 'Articles'), bar, filters,
    el('table', { id: 'articles' }, el('thead', {}, el('tr', {}, el('th', {}, 'Published'), el('th', {}, 'Title'), el('th', {}, 'Outlet'), el('th', {}, 'Lang'))),
      el('tbody', {}, rows)),
    pager);
}

async function searchView(params) {
  const q = params.get('q') || '';
  document.getElementById('q').value = q;
  const r = await api(`/api/search?${apiQuery(params, { limit: 50, q })}`);
  document.title = `${q} · Sitrep search`;
  const hits = r.items.map(h => el('div', { class: 'hit' },
    el('a', { href: `#/article/${h.id}`, class: 'article-link' }, titleOf(h)),
    el('div', { class: 'meta' }, `${dateOf(h)} · ${h.outlet || 'unknown outlet'} · ${h.language} · score ${h.score.toFixed(2)}`),
    el('p', { class: 'snippet' }, h.snippet || '')));
  const also = (r.also_searched || []).length
    ? el('p', { class: 'also-searched', id: 'also-searched' }, `also searched: ${r.also_searched.join(', ')}`) : null;
  show(el('h2', {}, `${r.total} result${r.total === 1 ? '' : 's'} for “${q}”`),
    filterBar('/search', params, { keep: ['q'], sorts: [['', 'relevance'], ['newest', 'newest first'], ['oldest', 'oldest first']] }), also,
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
  const alike = (p.lookalikes || []).map(l => el('li', { class: 'lookalike' },
    el('a', { href: `#/article/${l.id}`, class: 'article-link' }, titleFor(l.id)), ` (${outletFor(l.id)}) — differs: `,
    l.differs.map(d => `${d.this} ≠ ${d.other}`).join('; ')));
  return el('section', { id: 'provenance' }, el('h2', {}, 'Provenance'),
    items.length ? el('ul', {}, items) : el('p', { class: 'meta' }, 'No copies found: an independent report as far as Sitrep can tell.'),
    alike.length ? el('div', { id: 'lookalikes' }, el('h3', {}, 'Alike in wording, other reports'),
      el('p', { class: 'meta' }, 'Same template, other facts: not copies, each counts as its own source.'), el('ul', {}, alike)) : null);
}

async function articleView(id) {
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  const prov = await api(`/api/articles/${encodeURIComponent(a.id)}/provenance`);
  const ann = await api(`/api/articles/${encodeURIComponent(a.id)}/annotations`);
  const placed = await api(`/api/articles/${encodeURIComponent(a.id)}/event`);
  document.title = `${titleOf(a)} · Sitrep`;
  const facts = el('dl', { class: 'facts' },
    el('dt', {}, 'Outlet'), el('dd', {}, a.outlet ? el('a', { href: `#/outlet/${encodeURIComponent(a.outlet)}`, class: 'outlet-page-link' }, a.outlet) : '—'),
    el('dt', {}, 'URL'), el('dd', {}, webUrl(a.url) ? el('a', { href: webUrl(a.url), rel: 'noopener noreferrer' }, a.url) : (a.url || '—')),
    el('dt', {}, 'Published'), el('dd', {}, a.published ? `${a.published} (${a.published_precision}, from ${a.published_evidence.replace('_', ' ')})` : 'unknown'),
    el('dt', {}, 'Language'), el('dd', {}, `${a.language} (${a.language_confidence.toFixed(2)})`),
    el('dt', {}, 'Read from'), el('dd', {}, a.origin.input + (a.origin.record ? ` (${a.origin.record})` : '') + ` [${a.origin.format}]`),
    el('dt', {}, 'Id'), el('dd', {}, a.id),
    el('dt', {}, 'Event type'), el('dd', { id: 'article-type' }, a.type_status === 'typed'
      ? `${a.event_type} — ${a.sub_event_type} (${a.type_confidence.toFixed(2)})`
      : a.type_status === 'none' ? `none of ACLED's types (${a.type_confidence.toFixed(2)})` : 'not classified'),
    el('dt', {}, 'Event'), el('dd', { id: 'article-event' }, placed.event_id
      ? [el('a', { href: `#/event/${placed.event_id}` }, placed.event_id), ' in story ', el('a', { href: `#/story/${placed.story_id}` }, placed.story_id)]
      : 'not placed yet'),
    ...Object.entries(a.fields).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]),
    ...(a.problems.length ? [el('dt', {}, 'Problems'), el('dd', {}, a.problems.map(p => `${p.code}: ${p.message}`).join('; '))] : []));
  const clean = ann.status === 'annotated' ? highlightedText(a.text, ann) : el('div', { class: 'text', id: 'clean-text' }, a.text);
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
    annotationPanel(a, ann),
    el('div', { class: 'tabs' }, tabClean, tabSource),
    body,
    a.removed.length ? el('details', {}, el('summary', {}, 'What cleaning removed'), removedList) : null));
}

// ---- Understanding: entity highlights, place maps, entity pages (issue 4) ----

const GEONAMES = 'Place data: GeoNames (geonames.org), CC BY 4.0';

/** The cleaned text with each annotated name wrapped in a link to its entity (or a plain mark when it has none). */
function highlightedText(text, ann) {
  const out = el('div', { class: 'text', id: 'clean-text' });
  // A place named inside another name ("New York" in "New York Times") is marked inside that name's highlight.
  const nested = ann.mentions.filter(m => m.ner_type === 'NESTED');
  let cursor = 0;
  for (const m of ann.mentions) {
    if (m.ner_type === 'NESTED') continue;
    if (m.start < cursor || m.end > text.length) continue; // overlapping or stale offsets: show the text once
    if (m.start > cursor) out.append(document.createTextNode(text.slice(cursor, m.start)));
    // A place picked among namesakes with low confidence is shown as a guess: dimmed, a "?" after it, and the
    // confidence and evidence in the tooltip.
    const guess = m.place_guess === true;
    const unresolved = m.place_status && m.place_status !== 'resolved' && m.place_status !== 'guessed';
    const title = m.kind + (unresolved ? ` (${m.place_status.replace(/_/g, ' ')}: ${m.place_detail || ''})` : '')
      + (guess ? ` (a guess, confidence ${Math.round((m.place_confidence || 0) * 100)} %: ${m.place_detail || ''}; evidence: ${(m.place_evidence || []).join(', ').toLowerCase().replace(/_/g, ' ') || 'none'})` : '');
    const attrs = { class: `mention mention-${m.kind}${unresolved ? ' unresolved' : ''}${guess ? ' guess' : ''}`, title, 'data-kind': m.kind };
    if (guess && m.place_confidence != null) attrs['data-confidence'] = m.place_confidence.toFixed(2);
    const inner = nestedMarks(text, m, nested);
    out.append(m.entity_id == null ? el('mark', attrs, ...inner)
      : el('a', { ...attrs, href: `#/entity/${m.entity_id}`, 'data-entity': m.entity_id }, ...inner));
    cursor = m.end;
  }
  if (cursor < text.length) out.append(document.createTextNode(text.slice(cursor)));
  return out;
}

/**
 * The text of one highlighted name, with the places named inside it marked (not linked: a link may not hold a link;
 * the place's entity is in the tooltip and on the place list).
 */
function nestedMarks(text, outer, nested) {
  const parts = [];
  let cursor = outer.start;
  for (const n of nested) {
    if (n.start < cursor || n.end > outer.end) continue;
    if (n.start > cursor) parts.push(text.slice(cursor, n.start));
    parts.push(el('mark', { class: 'mention mention-place nested', 'data-kind': 'place', 'data-entity': n.entity_id,
      title: `place named inside a name: ${n.place_detail || n.text}` }, text.slice(n.start, n.end)));
    cursor = n.end;
  }
  if (cursor < outer.end) parts.push(text.slice(cursor, outer.end));
  return parts;
}

/** Distinct resolved places of an article's mentions, one marker each. */
function placesOf(ann) {
  const byEntity = new Map();
  for (const m of ann.mentions) {
    // A demonym ("Russian forces") names its country as who, not where, and a place inside a name ("New York
    // Times") names the name's place: they are highlighted, not mapped.
    if (m.kind !== 'place' || m.ner_type === 'DEMONYM' || m.ner_type === 'NESTED' || m.latitude == null || byEntity.has(m.entity_id)) continue;
    byEntity.set(m.entity_id, { latitude: m.latitude, longitude: m.longitude, label: m.text + (m.place_guess === true ? ' ?' : ''), href: m.entity_id == null ? null : `#/entity/${m.entity_id}` });
  }
  return [...byEntity.values()];
}

function annotationPanel(a, ann) {
  if (ann.status !== 'annotated') {
    return el('section', { id: 'annotations' }, el('p', { class: 'meta' },
      ann.status === 'pending' ? 'Not annotated yet (run sitrep annotate).' : `Not annotated: ${ann.reason}`));
  }
  const places = placesOf(ann);
  const dates = ann.dates.filter(d => !d.own_date);
  const sentenceCell = s => el('td', { class: 'meta' }, s || '');
  return el('section', { id: 'annotations' },
    el('h2', {}, 'Places, dates, numbers, quotes'),
    places.length ? placeMap('article-map', places, ann.attribution) : el('p', { class: 'meta' }, 'No place resolved on the map.'),
    ann.reference_is_fetch_time ? el('p', { class: 'meta' }, 'Publication date unknown: relative dates were resolved against the fetch time.') : null,
    dates.length ? el('table', { id: 'dates' }, el('thead', {}, el('tr', {}, el('th', {}, 'Date'), el('th', {}, 'Means'), el('th', {}, 'Precision'))),
      el('tbody', {}, dates.map(d => el('tr', {}, el('td', {}, d.text), el('td', {}, d.value + (d.against_fetch_time ? ' (to fetch time)' : '')), el('td', {}, d.precision))))) : null,
    ann.quantities.length ? el('table', { id: 'quantities' }, el('thead', {}, el('tr', {}, el('th', {}, 'Number'), el('th', {}, 'Counts'), el('th', {}, 'Sentence'))),
      el('tbody', {}, ann.quantities.map(q => el('tr', {}, el('td', {}, q.text), el('td', {}, q.counted || '—'), sentenceCell(q.sentence_text))))) : null,
    ann.quotes.length ? el('ul', { id: 'quotes' }, ann.quotes.map(q => el('li', {},
      q.speaker_entity_id != null ? el('a', { href: `#/entity/${q.speaker_entity_id}` }, q.speaker) : (q.speaker || 'speaker unknown'), ': “', q.text, '”'))) : null);
}

async function entityView(id) {
  const e = await api(`/api/entities/${encodeURIComponent(id)}`);
  document.title = `${e.name} · Sitrep`;
  const facts = el('dl', { class: 'facts' },
    el('dt', {}, 'Type'), el('dd', {}, e.type),
    el('dt', {}, 'Mentions'), el('dd', {}, `${e.mentions} in ${e.articles} article${e.articles === 1 ? '' : 's'}`),
    ...(e.latitude != null ? [el('dt', {}, 'Coordinates'), el('dd', {}, `${e.latitude.toFixed(4)}, ${e.longitude.toFixed(4)}` + (e.country ? ` · ${e.country}` : '') + (e.admin1 ? ` · ${e.admin1}` : ''))] : []),
    ...(e.geonames_id != null ? [el('dt', {}, 'GeoNames'), el('dd', {}, el('a', { href: `https://www.geonames.org/${e.geonames_id}`, rel: 'noopener noreferrer' }, String(e.geonames_id)))] : []));
  show(el('article', { id: 'entity' },
    el('p', {}, el('a', { href: '#/entities' }, '← all entities')),
    el('h1', {}, e.name),
    facts,
    e.latitude != null ? placeMap('entity-map', [{ latitude: e.latitude, longitude: e.longitude, label: e.name }], e.attribution) : null,
    el('h2', {}, 'Spellings'),
    el('table', { id: 'spellings' }, el('thead', {}, el('tr', {}, el('th', {}, 'Spelling'), el('th', {}, 'Count'))),
      el('tbody', {}, e.spellings.map(s => el('tr', {}, el('td', {}, s.text), el('td', {}, String(s.count)))))),
    el('h2', {}, 'Articles'),
    el('ul', { id: 'entity-articles' }, e.article_list.map(a => el('li', {},
      el('a', { href: `#/article/${a.id}`, class: 'article-link' }, titleOf(a)), el('span', { class: 'meta' }, ` · ${dateOf(a)} · ${a.outlet || 'unknown outlet'} · ${a.mentions}×`))))));
}

async function entitiesView(params) {
  const type = params.get('type') || '';
  const filter = new URLSearchParams({ limit: 200 });
  if (type) filter.set('type', type);
  const page = await api(`/api/entities?${filter}`);
  document.title = 'Entities · Sitrep';
  const tabs = el('p', { class: 'filters' }, ['', 'person', 'organization', 'place'].map(t =>
    el('a', { href: '#/entities' + (t ? `?type=${t}` : ''), class: 'chip' + (t === type ? ' active' : '') }, t || 'all')));
  show(el('h2', {}, `Entities (${page.total})`), tabs,
    page.items.length ? el('table', { id: 'entities' }, el('thead', {}, el('tr', {}, el('th', {}, 'Name'), el('th', {}, 'Type'), el('th', {}, 'Mentions'), el('th', {}, 'Spellings'))),
      el('tbody', {}, page.items.map(e => el('tr', {},
        el('td', {}, el('a', { href: `#/entity/${e.id}`, class: 'entity-link' }, e.name)), el('td', {}, e.type), el('td', {}, String(e.mentions)),
        el('td', { class: 'meta' }, e.spellings.map(s => `${s.text} (${s.count})`).join(', ')))))) : el('p', { class: 'empty' }, 'No entities yet: annotate the articles with sitrep annotate.'),
    el('p', { class: 'attribution' }, page.attribution));
}

// ---- Events and stories (issue 5) ----

function days(first, last) { return first ? (first === last ? first : `${first} – ${last}`) : 'undated'; }
function counts(x) {
  return `${x.articles} article${x.articles === 1 ? '' : 's'} · ${x.outlets} outlet${x.outlets === 1 ? '' : 's'} · ` +
    `${x.independent_sources} independent source${x.independent_sources === 1 ? '' : 's'}`;
}

async function storiesView(params) {
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const sort = params.get('sort') === 'newest' ? 'newest' : 'largest';
  const page = await api(`/api/stories?${apiQuery(params, { limit: PAGE, offset, sort })}`);
  document.title = 'Stories · Sitrep';
  const bar = filterBar('/stories', params);
  if (page.total === 0) {
    show(el('h2', {}, 'Stories'), bar, el('p', { class: 'empty' }, filtering(params) ? 'No story matches these filters.'
      : 'No stories yet: ingest articles (they are grouped into events and stories as they are annotated).'));
    return;
  }
  const pager = el('div', { class: 'pager' },
    offset > 0 ? el('a', { href: hashWith('/stories', params, { offset: Math.max(0, offset - PAGE) }) }, '← previous') : null,
    `${offset + 1}–${offset + page.items.length} of ${page.total}`,
    offset + PAGE < page.total ? el('a', { href: hashWith('/stories', params, { offset: offset + PAGE }) }, 'more →') : null);
  show(el('h2', {}, `Stories (${page.total})`), bar, sortToggle('/stories', params, sort),
    el('table', { id: 'stories' }, el('thead', {}, el('tr', {}, el('th', {}, 'Story'), el('th', {}, 'Days'), el('th', {}, 'Events'), el('th', {}, 'Sources'))),
      el('tbody', {}, page.items.map(s => el('tr', {},
        el('td', {}, el('a', { href: `#/story/${s.id}`, class: 'story-link' }, s.title || s.id)),
        el('td', { class: 'date' }, days(s.first_day, s.last_day)),
        el('td', {}, String(s.events)),
        el('td', { class: 'meta' }, counts(s)))))),
    pager);
}

// The timeline and the maps are in maps.js.

function namedList(title, named) {
  if (!named.length) return null;
  return el('p', { class: 'meta' }, `${title}: `, named.map((n, i) => [i ? ', ' : '',
    el('a', { href: `#/entity/${n.entity_id}` }, n.name), ` (${n.articles})`]));
}

function changesList(changes) {
  if (!changes.length) return null;
  return el('details', { id: 'changes' }, el('summary', {}, `Merges, splits and moves (${changes.length})`),
    el('ul', {}, changes.map(c => el('li', {}, el('b', {}, c.kind), ` ${c.from} → ${c.into}: ${c.detail}`))));
}

async function storyView(id) {
  const s = await api(`/api/stories/${encodeURIComponent(id)}`);
  document.title = `${s.title || s.id} · Sitrep`;
  const places = s.places.filter(p => p.latitude != null).map(p => ({ latitude: p.latitude, longitude: p.longitude, label: p.name, weight: p.articles, href: `#/entity/${p.entity_id}` }));
  show(el('article', { id: 'story' },
    el('p', {}, el('a', { href: '#/stories' }, '← all stories')),
    el('h1', {}, s.title || s.id),
    el('p', { class: 'meta' }, `${days(s.first_day, s.last_day)} · ${s.events} event${s.events === 1 ? '' : 's'} · ${counts(s)}`),
    namedList('Places', s.places), namedList('Named', s.entities),
    el('h2', {}, 'Timeline'),
    timeline(s.timeline),
    el('ol', { id: 'story-events', class: 'events' }, s.timeline.map(e => el('li', {},
      el('span', { class: 'date' }, days(e.first_day, e.last_day)), ' ',
      el('a', { href: `#/event/${e.id}`, class: 'event-link' }, e.title || e.id),
      el('span', { class: 'meta' }, ` · ${counts(e)}`)))),
    el('h2', {}, 'Disputes'),
    el('div', { id: 'story-disputes' }, el('p', { class: 'meta' }, 'Loading disputes…')),
    places.length ? placeMap('story-map', places, s.attribution) : null,
    changesList(s.changes)));
  const report = await api(`/api/stories/${encodeURIComponent(s.id)}/claims?disputed=true`);
  const eventOf = new Map();
  for (const e of s.timeline) for (const a of (e.article_ids || [])) eventOf.set(a, e);
  const items = report.disputes.map(d => {
    const events = [...new Set(d.claims.flatMap(c => c.articles).map(a => eventOf.get(a)).filter(Boolean))];
    for (const e of events) document.querySelectorAll(`#story circle[data-event="${e.id}"]`).forEach(c => c.classList.add('disputed'));
    return el('li', {}, el('span', { class: 'date' }, events.length ? days(events[0].first_day, events[0].last_day) : ''), ' ',
      events.map((e, i) => [i ? ' · ' : '', el('a', { href: `#/event/${e.id}`, class: 'event-link' }, e.title || e.id)]), disputeBox(d));
  });
  document.getElementById('story-disputes').replaceChildren(items.length
    ? el('ol', { id: 'story-dispute-list', class: 'events disputes' }, items)
    : el('p', { class: 'meta', id: 'no-disputes' }, 'No disputes in this story.'));
}

async function eventView(id) {
  const e = await api(`/api/events/${encodeURIComponent(id)}`);
  document.title = `${e.title || e.id} · Sitrep`;
  const places = e.places.filter(p => p.latitude != null).map(p => ({ latitude: p.latitude, longitude: p.longitude, label: p.name, weight: p.articles, href: `#/entity/${p.entity_id}` }));
  show(el('article', { id: 'event' },
    el('p', {}, el('a', { href: `#/story/${e.story_id}` }, '← its story')),
    el('h1', {}, e.title || e.id),
    el('p', { class: 'meta' }, `${days(e.first_day, e.last_day)} · ${counts(e)}`),
    namedList('Places', e.places), namedList('Named', e.entities),
    el('table', { id: 'event-articles' }, el('thead', {}, el('tr', {}, el('th', {}, 'Day'), el('th', {}, 'Article'), el('th', {}, 'Outlet'), el('th', {}, 'Joined'))),
      el('tbody', {}, e.members.map(m => el('tr', {},
        el('td', { class: 'date' }, m.day || 'undated'),
        el('td', {}, el('a', { href: `#/article/${m.id}`, class: 'article-link' }, m.title || m.id)),
        el('td', {}, m.outlet || '—'),
        el('td', { class: 'meta' }, m.joined_by === 'new' ? 'started it' : `${m.joined_by} (${m.similarity.toFixed(2)})`))))),
    places.length ? placeMap('event-map', places, GEONAMES) : null,
    followUpsPanel(e.follow_ups),
    el('h2', {}, 'Event records'),
    el('div', { id: 'event-records' }, el('p', { class: 'meta' }, 'Loading records…')),
    el('h2', {}, 'Claims and disputes'),
    el('div', { id: 'event-claims' }, el('p', { class: 'meta' }, 'Loading claims…')),
    changesList(e.changes)));
  const records = await api(`/api/events/${encodeURIComponent(e.id)}/records`);
  document.getElementById('event-records').replaceChildren(recordsTable(records.records, 'records-table'),
    el('p', { class: 'meta' }, records.attribution));
  const report = await api(`/api/events/${encodeURIComponent(e.id)}/claims`);
  document.getElementById('event-claims').replaceChildren(disputesPanel(report), claimsTable(report, 'claims-table'));
}

/** Later events of the story that follow this one up (a death in hospital, a charge, a funeral), and those it follows up. */
function followUpsPanel(f) {
  if (!f || (!f.follows.length && !f.followed_by.length)) return null;
  const item = x => el('li', {}, el('a', { href: `#/event/${x.event_id}` }, x.title || x.event_id),
    ` — ${x.kind}, ${days(x.first_day, x.last_day)}`, el('span', { class: 'meta' }, x.shared.length ? ` · shares ${x.shared.join(', ')}` : ''));
  return el('section', { id: 'follow-ups' }, el('h2', {}, 'Follow-ups'),
    f.follows.length ? [el('p', { class: 'meta' }, 'This event follows up:'), el('ul', {}, f.follows.map(item))] : null,
    f.followed_by.length ? [el('p', { class: 'meta' }, 'Followed up by (separate events of the same story):'), el('ul', { id: 'followed-by' }, f.followed_by.map(item))] : null);
}

// Event records (issue 21): ACLED-style rows, each field with why.

function recordsTable(records, id) {
  if (!records.length) return el('p', { class: 'empty' }, 'No records.');
  const killed = f => f.low === f.high ? String(f.best) : `${f.best} (${f.low}–${f.high})`;
  return el('table', { id, class: 'records' },
    el('thead', {}, el('tr', {}, ['Date', 'Type', 'Place', 'Actors', 'Killed', 'Sources', 'Disputed'].map(h => el('th', {}, h)))),
    el('tbody', {}, records.map(r => el('tr', { class: 'record' + (r.disputed ? ' disputed' : ''), 'data-record': r.record },
      el('td', { class: 'date', title: r.time_basis }, `${r.event_date || 'undated'}${r.time_precision ? ' (precision ' + r.time_precision + ')' : ''}`),
      el('td', { title: r.type_evidence }, r.sub_event_type ? `${r.event_type} — ${r.sub_event_type} (${r.type_confidence.toFixed(2)})` : 'none of ACLED\'s types'),
      el('td', { title: r.geo_basis }, r.location ? `${r.location.name}${r.location.admin1 && r.location.admin1 !== r.location.name ? ', ' + r.location.admin1 : ''} (precision ${r.geo_precision})` : `— (${r.geo_basis})`),
      el('td', {}, [r.actor1 ? r.actor1.name : '—', ' vs ', r.actor2 ? r.actor2.name : '—']),
      el('td', { title: r.fatalities.figures.map(f => `${f.killed} ${f.counted}: ${f.speaker}`).join('; ') || r.fatalities.basis }, killed(r.fatalities)),
      el('td', {}, String(r.independent_sources)),
      el('td', {}, r.disputed ? r.disputes.join('; ') : '')))));
}

// Claims and disputes (issue 13): who says what, who agrees, who contradicts whom.

function numberOf(c) {
  if (!c.quantity) return '';
  return `${c.quantity.value}${c.quantity.counted ? ' ' + c.quantity.counted : ''}`;
}

function claimWhat(c) {
  const bits = [c.kind === 'denial' ? `denial (of ${c.denies || 'a claim'})` : c.kind.replace('_', ' ')];
  const n = numberOf(c);
  if (n) bits.push(n);
  if (c.place) bits.push('· ' + c.place.name);
  if (c.time) bits.push('· ' + c.time.value);
  return bits.join(' ');
}

function speakerOf(c) {
  const s = c.speaker;
  return s.entity_id != null ? el('a', { href: `#/entity/${s.entity_id}` }, s.name) : s.name;
}

function sourcesOf(c) {
  const n = c.independent_sources;
  return el('span', { class: 'sources' + (c.corroborated ? ' corroborated' : ''), title: `${c.articles.length} article(s), ${n} independent source(s)` },
    `${n} source${n === 1 ? '' : 's'}`, c.articles.length > n ? ` (${c.articles.length} articles)` : '', c.corroborated ? ' ✓' : '');
}

function articleLinks(c) {
  return c.articles.map((id, i) => [i ? ', ' : '', el('a', { href: `#/article/${id}`, class: 'article-link' }, id.slice(0, 8))]);
}

function claimsTable(report, id) {
  if (!report.claims.length) return el('p', { class: 'empty' }, 'No claims found.');
  return el('table', { id, class: 'claims' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Side'), el('th', {}, 'Speaker'), el('th', {}, 'Claim'), el('th', {}, 'Sources'))),
    el('tbody', {}, report.claims.map(c => el('tr', { class: 'claim', 'data-kind': c.kind, 'data-side': c.side },
      el('td', {}, el('span', { class: `side side-${c.side}`, title: c.side_basis }, c.side.replace('_', ' '))),
      el('td', {}, speakerOf(c)),
      el('td', {}, el('b', {}, claimWhat(c)), c.hedged ? el('span', { class: 'meta' }, ' (hedged)') : null,
        el('div', { class: 'claim-text' }, '“', c.text.replace(/\s+/g, ' ').trim(), '”')),
      el('td', {}, sourcesOf(c), el('div', { class: 'meta' }, articleLinks(c)))))));
}

function disputeBox(d) {
  return el('section', { class: 'dispute' },
    el('h3', {}, el('span', { class: 'disputed-mark' }, 'Disputed'), ' ', d.question),
    el('p', { class: 'meta' }, d.why),
    el('div', { class: 'positions' }, d.positions.map(p => el('div', { class: 'position' },
      el('h4', {}, p.answer),
      el('ul', {}, p.claims.map(c => el('li', {},
        el('span', { class: `side side-${c.side}` }, c.side.replace('_', ' ')), ' ', el('b', {}, speakerOf(c)), ': ',
        el('span', { class: 'claim-text' }, '“', c.text.replace(/\s+/g, ' ').trim(), '”'), ' ',
        el('span', { class: 'meta' }, articleLinks(c), ' · ', sourcesOf(c)))))))));
}

function disputesPanel(report) {
  if (!report.disputes.length) return el('p', { class: 'meta', id: 'no-disputes' }, 'No disputes between these claims.');
  return el('div', { id: 'disputes' }, report.disputes.map(disputeBox));
}

async function claimsView(params) {
  const q = params.get('q') || '', kind = params.get('kind') || '', side = params.get('side') || '', place = params.get('place') || '';
  const disputed = params.get('disputed') === 'true';
  document.title = 'Claims · Sitrep';
  const form = el('form', { id: 'claims-form', class: 'filters', onsubmit: ev => {
    ev.preventDefault();
    const f = new URLSearchParams();
    for (const k of ['q', 'kind', 'side', 'place']) { const v = ev.target.elements[k].value.trim(); if (v) f.set(k, v); }
    location.hash = '#/claims' + (f.toString() ? '?' + f : '');
  } },
    el('input', { name: 'q', value: q, placeholder: 'words', 'aria-label': 'Claim words' }),
    el('select', { name: 'kind', 'aria-label': 'Kind' }, ['', 'control', 'attack', 'killed', 'wounded', 'captured', 'launched', 'shot_down', 'damage', 'evacuation', 'denial', 'other']
      .map(k => el('option', { value: k, ...(k === kind ? { selected: '' } : {}) }, k || 'any kind'))),
    el('select', { name: 'side', 'aria-label': 'Side' }, ['', 'ukraine', 'russia', 'other_state', 'international', 'media', 'unknown']
      .map(k => el('option', { value: k, ...(k === side ? { selected: '' } : {}) }, k || 'any side'))),
    el('input', { name: 'place', value: place, placeholder: 'place', 'aria-label': 'Place' }),
    el('button', { type: 'submit' }, 'Filter'),
    el('a', { href: '#/claims?disputed=true' }, 'disputes only'));
  if (disputed) {
    const report = await api('/api/claims?disputed=true');
    const byEvent = new Map();
    for (const d of report.disputes) {
      if (!byEvent.has(d.event_id)) byEvent.set(d.event_id, []);
      byEvent.get(d.event_id).push(d);
    }
    show(el('h1', {}, 'Disputes'), form,
      byEvent.size ? [...byEvent.entries()].map(([eventId, ds]) => el('section', { class: 'disputed-event' },
        el('h2', {}, eventId ? el('a', { href: `#/event/${eventId}`, class: 'event-link', 'data-event': eventId }, `Event ${eventId}`) : 'Not placed in an event yet'),
        ds.map(disputeBox))) : el('p', { class: 'empty' }, 'No disputes found.'));
    for (const a of document.querySelectorAll('.disputed-event a.event-link[data-event]')) {
      api(`/api/events/${encodeURIComponent(a.dataset.event)}`).then(e => { if (e.title) a.textContent = e.title; }).catch(() => {});
    }
    return;
  }
  const f = new URLSearchParams();
  if (q) f.set('q', q); if (kind) f.set('kind', kind); if (side) f.set('side', side); if (place) f.set('place', place);
  const report = await api('/api/claims' + (f.toString() ? '?' + f : ''));
  show(el('h1', {}, 'Claims'), form,
    el('p', { class: 'meta' }, `${report.claim_count} claim${report.claim_count === 1 ? '' : 's'} (newest first, at most ${report.limit})`),
    report.disputes.length ? el('div', {}, el('h2', {}, 'Disputes among them'), disputesPanel(report)) : null,
    claimsTable(report, 'claims-table'));
}

/** One outlet, whatever spelling the link carried: its key, country, language, spellings and latest articles. */
async function outletView(spelling) {
  const o = await api(`/api/outlets/${encodeURIComponent(spelling)}`);
  document.title = `${o.name} · Sitrep`;
  show(el('p', {}, el('a', { href: '#/' }, '← all articles')),
    el('h1', { id: 'outlet-name' }, o.name),
    el('dl', { class: 'facts', id: 'outlet-facts' },
      el('dt', {}, 'Key'), el('dd', {}, o.key),
      el('dt', {}, 'Country'), el('dd', {}, o.country || 'unknown'),
      el('dt', {}, 'Language'), el('dd', {}, o.language || 'unknown'),
      el('dt', {}, 'Home'), el('dd', { id: 'outlet-home', title: o.home ? o.home.why : '' },
        !o.home || o.home.kind === 'none' ? 'not known' : [o.home.region, o.home.country].filter(Boolean).join(', ') + ' (learned from its articles)'),
      el('dt', {}, 'Articles'), el('dd', {}, `${o.articles}` + (o.first_seen ? `, ${o.first_seen} to ${o.last_seen}` : '')),
      el('dt', {}, 'Spellings'), el('dd', { id: 'outlet-spellings' }, o.spellings.join(' · ') || '—')),
    el('h2', {}, 'Latest articles'),
    el('ul', { id: 'outlet-articles' }, o.recent.map(a => el('li', {},
      el('a', { href: `#/article/${a.id}`, class: 'article-link' }, titleOf(a)), el('span', { class: 'meta' }, ` · ${dateOf(a)} · ${a.outlet}`)))),
    o.articles > o.recent.length ? el('p', {}, el('a', { href: listHash(0, o.key, ''), id: 'outlet-all' }, `all ${o.articles} articles →`)) : null);
}

async function route() {
  navigation++;
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  try {
    // The search box shows the query only while its results are on screen.
    if (path !== '/search') document.getElementById('q').value = '';
    if (path.startsWith('/article/')) await articleView(decodeURIComponent(path.slice('/article/'.length)));
    else if (path.startsWith('/entity/')) await entityView(decodeURIComponent(path.slice('/entity/'.length)));
    else if (path === '/entities') await entitiesView(params);
    else if (path === '/stories') await storiesView(params);
    else if (path === '/events') await eventsView(params);
    else if (path.startsWith('/story/')) await storyView(decodeURIComponent(path.slice('/story/'.length)));
    else if (path.startsWith('/event/')) await eventView(decodeURIComponent(path.slice('/event/'.length)));
    else if (path === '/search') await searchView(params);
    else if (path === '/claims') await claimsView(params);
    else if (path === '/alerts') await alertsView(params);
    else if (path.startsWith('/outlet/')) await outletView(decodeURIComponent(path.slice('/outlet/'.length)));
    else await listView(params);
  } catch (e) {
    if (e instanceof Superseded) return; // the page the reader went to draws itself
    show(el('p', { class: 'error' }, 'Error: ' + e.message));
  }
  refreshUnread();
}

document.getElementById('search-form').addEventListener('submit', ev => {
  ev.preventDefault();
  const q = document.getElementById('q').value.trim();
  if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
});
window.addEventListener('hashchange', route);
route();
