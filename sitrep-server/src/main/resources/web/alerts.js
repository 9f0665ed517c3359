// Sitrep web UI: watchlists and their alerts (#/alerts) and the unread count in the top bar. Watchlists are made with
// `sitrep watchlist add` or POST /api/watchlists. Alerts are marked read here, or with `sitrep alerts --mark-read` or
// POST /api/alerts/read: a write, so it needs the server's token (the file serve-token in the data directory), which
// the analyst pastes once; it is kept for this tab only (sessionStorage), never in the page's address or a cookie.
'use strict';

const TOKEN_KEY = 'sitrep-write-token';

/** POSTs JSON with the write token; a refused token is forgotten, so that the form asks again. */
async function postWithToken(path, body) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const r = await fetch(path, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const reply = await r.json().catch(() => ({}));
  if (r.status === 401) {
    sessionStorage.removeItem(TOKEN_KEY);
    throw new Error('the server refused the token (it is in the file serve-token of the data directory)');
  }
  if (!r.ok) throw new Error(reply.error ? reply.error.message : ('HTTP ' + r.status));
  return reply;
}

/** Marks these alerts read (asking for the token first when this tab has none), then draws the page again. */
function markReadForm(ids, params) {
  const status = el('span', { class: 'meta', id: 'mark-read-status', role: 'status' });
  const tokenInput = sessionStorage.getItem(TOKEN_KEY) ? null
    : el('input', { type: 'password', id: 'write-token', placeholder: 'write token (DATA/serve-token)', autocomplete: 'off', 'aria-label': 'Write token' });
  const form = el('form', { id: 'mark-read', class: 'mark-read', onsubmit: async ev => {
    ev.preventDefault();
    if (tokenInput) {
      if (!tokenInput.value.trim()) { status.textContent = 'Paste the write token first: it is in the file serve-token of the data directory.'; return; }
      sessionStorage.setItem(TOKEN_KEY, tokenInput.value.trim());
    }
    try {
      const r = await postWithToken('/api/alerts/read', { ids });
      status.textContent = `${r.marked} marked read`;
      await alertsView(params);
      refreshUnread();
    } catch (e) {
      status.textContent = `Not marked: ${e.message}`;
    }
  } }, tokenInput, el('button', { type: 'submit' }, `Mark ${ids.length === 1 ? 'this alert' : `these ${ids.length} alerts`} read`), ' ', status);
  return form;
}

/** Shows the number of unread alerts beside "Alerts" in the top bar (nothing when there are none). */
async function refreshUnread() {
  const badge = document.getElementById('unread-count');
  if (!badge) return;
  try {
    const page = await api('/api/alerts?unread=true&limit=1');
    badge.textContent = page.unread > 0 ? String(page.unread) : '';
    badge.title = page.unread > 0 ? `${page.unread} unread alert${page.unread === 1 ? '' : 's'}` : '';
  } catch (e) {
    if (!(e instanceof Superseded)) badge.textContent = '';
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
  const unreadHere = page.items.filter(a => !a.read).map(a => a.id);
  show(el('h2', {}, `Alerts (${page.total}, ${page.unread} unread)`), lists,
    which ? el('p', {}, el('a', { href: '#/alerts' }, '← every watchlist')) : null,
    unreadHere.length ? markReadForm(unreadHere, params) : null,
    page.items.length ? el('ul', { id: 'alerts' }, items) : el('p', { class: 'empty' }, 'No alerts yet: they come when something new matches.'),
    pager);
}
