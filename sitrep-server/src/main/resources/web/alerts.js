// Sitrep web UI: watchlists and their alerts (#/alerts) and the unread count in the top bar. Read-only: watchlists are
// made with `sitrep watchlist add` or POST /api/watchlists, alerts marked read with `sitrep alerts --mark-read` or
// POST /api/alerts/read (writes need the server's token, which this page does not hold).
'use strict';

/** Shows the number of unread alerts beside "Alerts" in the top bar (nothing when there are none). */
async function refreshUnread() {
  const badge = document.getElementById('unread-count');
  if (!badge) return;
  try {
    const page = await api('/api/alerts?unread=true&limit=1');
    badge.textContent = page.unread > 0 ? String(page.unread) : '';
    badge.title = page.unread > 0 ? `${page.unread} unread alert${page.unread === 1 ? '' : 's'}` : '';
  } catch (e) {
    badge.textContent = '';
  }
}

/** #/alerts: the watchlists (filter, Atom feed, counts) and their alerts, newest first, unread ones marked. */
async function alertsView(params) {
  document.title = 'Alerts · Sitrep';
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const which = params.get('watchlist');
  const watchlists = (await api('/api/watchlists')).items;
  if (!watchlists.length) {
    show(el('h2', {}, 'Alerts'), el('p', { class: 'empty' }, 'No watchlists yet. Add one with ',
      el('code', {}, 'sitrep watchlist add Kupiansk --place Kupiansk'), ' (or POST /api/watchlists): an alert is raised when a new event, a new ',
      'article in a watched event or a new dispute matches it.'));
    return;
  }
  const q = new URLSearchParams({ limit: String(PAGE), offset: String(offset) });
  if (which) q.set('watchlist', which);
  const page = await api(`/api/alerts?${q}`);
  const lists = el('table', { id: 'watchlists' }, el('thead', {}, el('tr', {}, ['Watchlist', 'Filter', 'Alerts', 'Feed'].map(h => el('th', {}, h)))),
    el('tbody', {}, watchlists.map(w => el('tr', { class: 'watchlist-row' + (w.name === which ? ' active' : '') },
      el('td', {}, el('a', { href: `#/alerts?watchlist=${encodeURIComponent(w.name)}` }, w.name)),
      el('td', {}, w.filter ? el('a', { href: `#/events?${w.filter}`, title: 'The events this watchlist follows' }, w.filter) : 'everything'),
      el('td', { class: 'meta' }, `${w.alerts} (${w.unread} unread)`),
      el('td', {}, el('a', { href: w.atom, class: 'atom-link' }, 'Atom'), w.webhook_url ? el('span', { class: 'meta' }, ' · webhook') : null)))));
  const items = page.items.map(a => el('li', { class: 'alert' + (a.read ? '' : ' unread'), 'data-alert': String(a.id) },
    el('span', { class: 'meta' }, `${a.raised.replace('T', ' ').slice(0, 16)} · ${a.watchlist} · `),
    el('a', { href: `#/event/${a.event_id}`, class: 'event-link' }, a.title || a.event_id),
    el('div', {}, a.summary),
    a.delivery ? el('div', { class: 'meta' + (a.delivery.state === 'failed' ? ' error' : '') }, `webhook: ${a.delivery.state}`
      + (a.delivery.last_error ? ` (${a.delivery.attempts} tries; ${a.delivery.last_error})` : '')) : null));
  const pager = el('div', { class: 'pager' },
    offset > 0 ? el('a', { href: `#/alerts?${new URLSearchParams({ ...(which ? { watchlist: which } : {}), offset: String(Math.max(0, offset - PAGE)) })}` }, '← newer') : null,
    offset + PAGE < page.total ? el('a', { href: `#/alerts?${new URLSearchParams({ ...(which ? { watchlist: which } : {}), offset: String(offset + PAGE) })}` }, 'older →') : null);
  show(el('h2', {}, `Alerts (${page.total}, ${page.unread} unread)`), lists,
    which ? el('p', {}, el('a', { href: '#/alerts' }, '← every watchlist')) : null,
    page.items.length ? el('ul', { id: 'alerts' }, items) : el('p', { class: 'empty' }, 'No alerts yet: they come when something new matches.'),
    pager);
}
