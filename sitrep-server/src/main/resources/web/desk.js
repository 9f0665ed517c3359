// Sitrep analyst's desk (issue 17): one filter bar for articles, search, events and stories, its state in the URL
// hash (shareable), passed to the API under the same names; the events page with its global map and exports.
// Plain DOM; article text goes in through textContent only.
'use strict';

/** The filters every list understands, under the API's query parameter names. */
const FILTER_KEYS = ['from', 'to', 'date', 'place', 'exact_place', 'entity', 'outlet', 'language', 'type', 'disputed', 'sort'];
const EVENT_TYPES = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'];

/** The API query for a page: `extra` (limit, offset, …) then every filter set in the hash's params. */
function apiQuery(params, extra = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(extra)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  for (const k of FILTER_KEYS) { const v = params.get(k); if (v && !q.has(k)) q.set(k, v); }
  return q;
}

/** Whether any filter (sort aside) narrows the list. */
function filtering(params) { return FILTER_KEYS.some(k => k !== 'sort' && params.get(k)); }

/** The hash of `path` with the current params changed (null removes one; offset 0 is left out). */
function hashWith(path, params, changes = {}) {
  const p = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === '' || (k === 'offset' && Number(v) === 0)) p.delete(k);
    else p.set(k, v);
  }
  const q = p.toString();
  return '#' + path + (q ? '?' + q : '');
}

/**
 * The filter bar: date range (of publication or of the event), place (or only that place, not the places inside
 * it), entity, outlet, language, type, disputed only, sort. Applying it writes the hash; the page reads the hash.
 * `keep` names params of the page that the bar does not show but must keep (the search words).
 */
function filterBar(path, params, { sorts = [], keep = [] } = {}) {
  const v = k => params.get(k) || '';
  const text = (name, label, size) => el('label', {}, label, ' ', el('input', { name, value: v(name), size: size || 12, 'aria-label': label }));
  const check = (name, label) => el('label', { class: 'check' }, el('input', { type: 'checkbox', name, ...(v(name) === 'true' ? { checked: '' } : {}) }), ' ', label);
  const select = (name, label, options) => el('label', {}, label, ' ', el('select', { name, 'aria-label': label },
    options.map(([value, shown]) => el('option', { value, ...(value === v(name) ? { selected: '' } : {}) }, shown))));
  const form = el('form', { id: 'filter-bar', class: 'filter-bar', role: 'search' },
    el('label', {}, 'From ', el('input', { type: 'date', name: 'from', value: v('from'), 'aria-label': 'From' })),
    el('label', {}, 'to ', el('input', { type: 'date', name: 'to', value: v('to'), 'aria-label': 'To' })),
    select('date', 'dates of', [['', 'publication'], ['event', 'the event']]),
    text('place', 'Place'), check('exact_place', 'only this place'),
    text('entity', 'Entity'), text('outlet', 'Outlet'), text('language', 'Language', 3),
    select('type', 'Type', [['', 'any type'], ...EVENT_TYPES.map(t => [t, t])]),
    check('disputed', 'disputed only'),
    sorts.length ? select('sort', 'Sort', sorts) : null,
    el('button', { type: 'submit' }, 'Apply'),
    el('a', { href: hashWith(path, new URLSearchParams(keep.filter(k => params.get(k)).map(k => [k, params.get(k)]))), id: 'filter-clear' }, 'clear'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const k of keep) if (params.get(k)) p.set(k, params.get(k));
    for (const k of FILTER_KEYS) {
      const input = form.elements[k];
      if (!input) { if (params.get(k)) p.set(k, params.get(k)); continue; } // e.g. the sort a page sets with its toggle
      if (input.type === 'checkbox') { if (input.checked) p.set(k, 'true'); }
      else if (input.value.trim()) p.set(k, input.value.trim());
    }
    if (p.get('date') === 'published') p.delete('date');
    const q = p.toString();
    location.hash = '#' + path + (q ? '?' + q : '');
  });
  return form;
}

/** "Newest first" / "Largest first": the events' and stories' sort toggle, as links that keep the filters. */
function sortToggle(path, params, current) {
  return el('p', { class: 'filters sort-toggle' }, 'Sort: ', [['newest', 'newest first'], ['largest', 'largest first']].map(([k, label]) =>
    el('a', { href: hashWith(path, params, { sort: k, offset: null }), id: `sort-${k}`, class: 'chip' + (k === current ? ' active' : ''), 'aria-pressed': String(k === current) }, label)));
}

/** The Export menu: the current filters as ACLED-style CSV, GeoJSON or JSON lines, from /api/export. */
function exportMenu(params) {
  const link = (format, label) => {
    const q = apiQuery(params, { format });
    return el('li', {}, el('a', { href: `/api/export?${q}`, class: 'export-link', 'data-format': format, download: '' }, label));
  };
  return el('details', { id: 'export', class: 'menu' }, el('summary', {}, 'Export'),
    el('ul', {}, link('acled-csv', 'ACLED-style CSV'), link('geojson', 'GeoJSON (QGIS, geojson.io)'), link('jsonl', 'JSON lines')));
}

/** Every event the current filters match, with its place: the map endpoint takes the same filters as the list. */
async function eventsForMap(params) {
  return api(`/api/events/map?${apiQuery(params, {})}`);
}

/** A field of an event as the list gives it, else as the map endpoint gives it (place, type, disputed). */
function placeName(e, m) {
  const p = e.place || e.location || e.main_place;
  if (p && typeof p === 'object') return p.name || null;
  return p || (m && m.place) || null;
}

/** A row's place, type and dispute badge, from the list's own fields or else the map endpoint's. */
function fillEventRow(row, e, m) {
  const place = placeName(e, m);
  const type = e.event_type || (m && m.event_type);
  const disputed = e.disputed !== undefined ? e.disputed : (m && m.disputed);
  row.querySelector('td.place').textContent = place || (m === undefined ? '…' : '—');
  row.querySelector('td.type').textContent = type || (m === undefined ? '…' : '—');
  if (disputed && !row.querySelector('.badge')) {
    row.querySelector('td.title').append(el('span', { class: 'disputed-mark badge', title: 'Sources disagree about this event' }, 'disputed'));
  }
}

/**
 * #/events: a page of events (newest or largest first) with their counts, and the global map of every event the
 * filters match. The list comes first; the map (and the places, types and disputes the list lacks) follow when the
 * map endpoint answers, which reads each event's records.
 */
async function eventsView(params) {
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const sort = params.get('sort') === 'newest' ? 'newest' : 'largest';
  document.title = 'Events · Sitrep';
  const page = await api(`/api/events?${apiQuery(params, { limit: PAGE, offset, sort })}`);
  const bar = filterBar('/events', params);
  if (page.total === 0) {
    show(el('h2', {}, 'Events'), bar, el('p', { class: 'empty' }, filtering(params)
      ? 'No event matches these filters.' : 'No events yet: ingest articles (they are grouped into events as they are annotated).'));
    return;
  }
  const rows = page.items.map(e => {
    const row = el('tr', { class: 'event-row', 'data-event': e.id },
      el('td', { class: 'date' }, days(e.first_day, e.last_day)),
      el('td', { class: 'title' }, el('a', { href: `#/event/${e.id}`, class: 'event-link' }, e.title || e.id)),
      el('td', { class: 'place' }), el('td', { class: 'type' }),
      el('td', { class: 'counts meta' }, counts(e)));
    fillEventRow(row, e, undefined);
    return row;
  });
  const listBox = el('div', { id: 'cluster-list' });
  const mapSlot = el('div', { id: 'events-map-slot' }, el('p', { class: 'meta' }, 'Loading the map of these events…'));
  const pager = el('div', { class: 'pager' },
    offset > 0 ? el('a', { href: hashWith('/events', params, { offset: Math.max(0, offset - PAGE) }), id: 'newer' }, '← previous') : null,
    el('span', { id: 'range' }, `${offset + 1}–${offset + page.items.length} of ${page.total}`),
    offset + PAGE < page.total ? el('a', { href: hashWith('/events', params, { offset: offset + PAGE }), id: 'older' }, 'next →') : null);
  show(el('h2', {}, `Events (${page.total})`), bar,
    el('div', { class: 'toolbar' }, sortToggle('/events', params, sort), exportMenu(params)),
    mapSlot, listBox,
    el('table', { id: 'events' }, el('thead', {}, el('tr', {}, ['Days', 'Event', 'Place', 'Type', 'Sources'].map(h => el('th', {}, h)))),
      el('tbody', {}, rows)),
    pager);
  try {
    const map = await eventsForMap(params);
    if (!mapSlot.isConnected) return;
    const byId = new Map(map.items.map(m => [m.id, m]));
    page.items.forEach((e, i) => fillEventRow(rows[i], e, byId.get(e.id) || null));
    mapSlot.replaceChildren(eventsMap('events-map', map.items, listBox));
  } catch (err) {
    if (mapSlot.isConnected) mapSlot.replaceChildren(el('p', { class: 'error' }, 'The map could not be drawn: ' + err.message));
  }
}
