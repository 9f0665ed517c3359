// Sitrep maps and timeline: country borders from Natural Earth (world-atlas, bundled, no network), place labels that
// never overlap, clustered event markers, a time axis. Plain DOM; every name goes in through textContent.
'use strict';

const BORDERS = 'Borders: Natural Earth. Places: GeoNames (CC-BY 4.0)';

// ---- TopoJSON: the few lines of topojson-client this page needs (quantized arcs → GeoJSON polygons) ----

/** The arcs of a quantized topology as absolute [lon, lat] rings (delta-decoded, then scaled and translated). */
function topoArcs(topology) {
  const t = topology.transform;
  return topology.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(p => {
      if (!t) return p.slice(0, 2);
      x += p[0]; y += p[1];
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

/** One ring from arc indices: a negative index ~i is arc i reversed; shared end points are kept once. */
function topoRing(arcs, indices) {
  const ring = [];
  for (const i of indices) {
    const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    arc.forEach((p, k) => { if (k > 0 || !ring.length) ring.push(p); });
  }
  return ring;
}

/** A topology's object (e.g. "countries") as a GeoJSON FeatureCollection of Polygons and MultiPolygons. */
function topoFeatures(topology, name) {
  const arcs = topoArcs(topology);
  const features = [];
  for (const g of topology.objects[name].geometries) {
    let geometry = null;
    if (g.type === 'Polygon') geometry = { type: 'Polygon', coordinates: g.arcs.map(r => topoRing(arcs, r)) };
    else if (g.type === 'MultiPolygon') geometry = { type: 'MultiPolygon', coordinates: g.arcs.map(p => p.map(r => topoRing(arcs, r))) };
    if (geometry) features.push({ type: 'Feature', id: g.id, properties: g.properties || {}, geometry });
  }
  return { type: 'FeatureCollection', features };
}

/** Where a country's name goes: the centroid of its largest outer ring (so Russia's name is not in the sea). */
function countryAnchor(feature) {
  const polys = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  let best = null;
  for (const poly of polys) {
    const ring = poly[0];
    let a = 0, cx = 0, cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      a += f; cx += (ring[j][0] + ring[i][0]) * f; cy += (ring[j][1] + ring[i][1]) * f;
    }
    if (a === 0) continue;
    if (!best || Math.abs(a) > best.area) best = { area: Math.abs(a), lon: cx / (3 * a), lat: cy / (3 * a), ring };
  }
  return best;
}

const borderCache = new Map();
/** The bundled borders, "110m" (the whole world) or "50m" (zoomed in), fetched once per page. */
function borders(scale) {
  if (!borderCache.has(scale)) {
    borderCache.set(scale, fetch(`/vendor/world-atlas/countries-${scale}.json`).then(r => {
      if (!r.ok) throw new Error('borders: HTTP ' + r.status);
      return r.json();
    }).then(topo => topoFeatures(topo, 'countries')));
  }
  return borderCache.get(scale);
}

// ---- Labels that never overlap ----

function overlaps(a, b) { return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h; }

/**
 * Places labels greedily, most important first: each takes the first of its candidate boxes that hits no box already
 * taken (markers included), or stays hidden. Pure: items are {w, h, candidates: [{x, y}], ...}; returns, per item,
 * its box or null.
 */
function placeLabels(items, obstacles) {
  const taken = obstacles.slice();
  return items.map(it => {
    for (const c of it.candidates) {
      const box = { x: c.x, y: c.y, w: it.w, h: it.h };
      if (!taken.some(t => overlaps(t, box))) { taken.push(box); return box; }
    }
    return null;
  });
}

/** Candidate boxes around a marker at (x, y) of radius r: right, left, above, below, then the diagonals. */
function aroundMarker(x, y, r, w, h) {
  const g = r + 3;
  return [{ x: x + g, y: y - h / 2 }, { x: x - g - w, y: y - h / 2 }, { x: x - w / 2, y: y - g - h }, { x: x - w / 2, y: y + g },
    { x: x + g, y: y - g - h }, { x: x - g - w, y: y - g - h }, { x: x + g, y: y + g }, { x: x - g - w, y: y + g }];
}

/**
 * A layer of labels over a Leaflet map, laid out again after every zoom or move: place labels beside their markers,
 * then country names where they fit inside their country and hit nothing. Hidden labels keep their name on the
 * marker's tooltip.
 */
function labelLayer(map, places, countries, moreObstacles) {
  // A label's drawn size, fractional and a pixel to spare (offsetWidth rounds, and Leaflet rounds positions).
  const sizeOf = e => { const r = e.getBoundingClientRect(); return { w: r.width + 1, h: r.height + 1 }; };
  const pane = map.getPane('labels') || map.createPane('labels');
  pane.style.zIndex = 450;
  pane.style.pointerEvents = 'none';
  const make = (text, cls) => {
    const d = document.createElement('div');
    d.className = cls;
    d.textContent = text;
    d.title = text;
    pane.append(d);
    return d;
  };
  const placeEls = places.map(p => make(p.label, 'map-label'));
  const countryEls = (countries || []).map(c => make(c.name, 'map-label country-label'));
  const layout = () => {
    const size = map.getSize();
    const inView = pt => pt.x > -200 && pt.y > -50 && pt.x < size.x + 200 && pt.y < size.y + 50;
    const obstacles = moreObstacles ? moreObstacles() : [];
    const pts = places.map(p => map.latLngToContainerPoint([p.latitude, p.longitude]));
    pts.forEach((pt, i) => { const r = places[i].radius || 6; obstacles.push({ x: pt.x - r, y: pt.y - r, w: 2 * r, h: 2 * r }); });
    const order = places.map((p, i) => i).sort((a, b) => (places[b].weight || 0) - (places[a].weight || 0));
    const items = order.map(i => {
      const e = placeEls[i];
      e.style.display = '';
      const { w, h } = sizeOf(e);
      return { w, h, candidates: inView(pts[i]) ? aroundMarker(pts[i].x, pts[i].y, places[i].radius || 6, w, h) : [] };
    });
    const boxes = placeLabels(items, obstacles);
    const origin = map.containerPointToLayerPoint([0, 0]);
    const put = (e, box) => {
      if (!box) { e.style.display = 'none'; e.dataset.hidden = 'true'; return; }
      e.dataset.hidden = 'false';
      L.DomUtil.setPosition(e, L.point(box.x + origin.x, box.y + origin.y));
    };
    order.forEach((i, k) => put(placeEls[i], boxes[k]));
    const taken = obstacles.concat(boxes.filter(Boolean));
    (countries || []).forEach((c, i) => {
      const e = countryEls[i];
      e.style.display = '';
      const pt = map.latLngToContainerPoint([c.lat, c.lon]);
      const { w, h } = sizeOf(e);
      const box = { x: pt.x - w / 2, y: pt.y - h / 2, w, h };
      // Only where the name fits inside the country's own outline at this zoom, and hits nothing already placed.
      const sw = map.latLngToContainerPoint([c.south, c.west]), ne = map.latLngToContainerPoint([c.north, c.east]);
      let fits = ne.x - sw.x > box.w * 1.2 && sw.y - ne.y > box.h * 1.5 && inView(pt);
      if (!inView(pt)) {
        // Zoomed inside a country whose centre is off screen: name it in the bottom right corner.
        const centre = map.getCenter();
        if (c.rings.some(r => inRing(centre.lng, centre.lat, r))) {
          box.x = size.x - box.w - 8; box.y = size.y - box.h - 6;
          fits = true;
        }
      }
      const whole = box.x >= 2 && box.y >= 2 && box.x + box.w <= size.x - 2 && box.y + box.h <= size.y - 2; // no name cut at the edge
      const ok = fits && whole && !taken.some(t => overlaps(t, box));
      if (ok) taken.push(box);
      put(e, ok ? box : null);
    });
  };
  map.on('zoomend moveend resize', layout);
  layout();
  return layout;
}

/** Whether [lon, lat] lies inside a ring (even-odd rule). */
function inRing(lon, lat, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > lat) !== (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Countries with a name anchor, the bounds of their largest ring and their outer rings, for country labels. */
function countryLabels(fc) {
  const out = [];
  for (const f of fc.features) {
    const a = countryAnchor(f);
    if (!a || !f.properties.name) continue;
    const lons = a.ring.map(p => p[0]), lats = a.ring.map(p => p[1]);
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    out.push({ name: f.properties.name, lat: a.lat, lon: a.lon, west: Math.min(...lons), east: Math.max(...lons), south: Math.min(...lats), north: Math.max(...lats),
      area: a.area, rings: polys.map(p => p[0]) });
  }
  return out.sort((x, y) => y.area - x.area);
}

/** A Leaflet map over the bundled country borders (no tiles, works offline); calls draw(map, fc) once they are in. */
function baseMap(box, scale, draw) {
  const map = L.map(box, { attributionControl: false, zoomSnap: 0.25, worldCopyJump: false, minZoom: 1 });
  map.setView([48, 31], 4);
  borders(scale).then(fc => {
    if (!box.isConnected) return;
    L.geoJSON(fc, { interactive: false, style: { className: 'country', color: '#9aa5b1', weight: 0.8, fillColor: '#f6f4ee', fillOpacity: 1 } }).addTo(map);
    draw(map, fc);
  }).catch(e => {
    box.dataset.error = e.message;
    draw(map, { features: [] });
  });
  return map;
}

/**
 * A small map of places (article, event, story, entity pages) on the country borders, zoomed to where most places
 * are, with a marker per place and labels that never overlap (those that would are hidden; every marker keeps its
 * full name on hover).
 */
function placeMap(id, places, attribution) {
  const box = el('div', { class: 'place-map', id });
  const wrap = el('figure', { class: 'map' }, box, el('figcaption', { class: 'attribution' }, attribution || GEONAMES, ' · Borders: Natural Earth'));
  // Leaflet measures its container: build the map once the element is in the page.
  setTimeout(() => {
    if (typeof L === 'undefined' || !box.isConnected) return;
    baseMap(box, '50m', (map, fc) => {
      const bounds = [];
      for (const p of places) {
        const marker = L.circleMarker([p.latitude, p.longitude], { radius: 6, color: '#0b5cad', fillOpacity: 0.8, className: 'place-marker' }).addTo(map);
        marker.bindTooltip(p.label, { direction: 'top', className: 'place-tooltip' });
        if (p.href) marker.on('click', () => { location.hash = p.href; });
        bounds.push([p.latitude, p.longitude]);
      }
      // Frame where most places are: a country's centre (Russia at 60°N 100°E) would stretch the view from Kupiansk
      // to Siberia. Places outside the frame keep their markers.
      const median = xs => xs.slice().sort((x, y) => x - y)[Math.floor(xs.length / 2)];
      const mLat = median(bounds.map(b => b[0]));
      const mLon = median(bounds.map(b => b[1]));
      const near = bounds.filter(b => Math.abs(b[0] - mLat) < 8 && Math.abs(b[1] - mLon) < 12);
      const frame = near.length >= 2 ? near : bounds;
      if (frame.length === 1) map.setView(frame[0], 8, { animate: false });
      else if (frame.length) map.fitBounds(frame, { padding: [30, 30], maxZoom: 11, animate: false });
      labelLayer(map, places.map(p => ({ ...p, radius: 8, weight: p.weight || 0 })), countryLabels(fc));
      box.dataset.ready = 'true';
    });
  }, 0);
  return wrap;
}

// ---- The global map of events: clustered markers ----

/**
 * Groups points closer than `radius` pixels: the heaviest point first starts a cluster, and each later point joins the
 * first cluster whose centre is within reach. Pure: points are {x, y, weight, ...}; clusters {x, y, members}.
 */
function clusterPoints(points, radius) {
  const clusters = [];
  for (const p of points.slice().sort((a, b) => (b.weight || 0) - (a.weight || 0))) {
    const c = clusters.find(k => Math.hypot(k.x - p.x, k.y - p.y) < radius);
    if (c) c.members.push(p);
    else clusters.push({ x: p.x, y: p.y, members: [p] });
  }
  return clusters;
}

/** The global map of events (those with a place), clustered where markers would overlap; a click opens the event or lists the cluster. */
function eventsMap(id, events, listBox) {
  const box = el('div', { class: 'events-map', id });
  const located = events.filter(e => e.latitude != null && e.longitude != null);
  const wrap = el('figure', { class: 'map' }, box,
    el('figcaption', { class: 'attribution' }, `${located.length} of ${events.length} event${events.length === 1 ? '' : 's'} located · ${BORDERS}`));
  setTimeout(() => {
    if (typeof L === 'undefined' || !box.isConnected) return;
    baseMap(box, '110m', (map, fc) => {
      // No animation: the markers and the labels are laid out for the final view at once (an animated zoom moves
      // the markers first and the labels only at its end, so for a moment they would cover each other).
      map.setView([30, 20], 1.5, { animate: false });
      if (located.length) map.fitBounds(located.map(e => [e.latitude, e.longitude]), { padding: [40, 40], maxZoom: 5, animate: false });
      const markers = L.layerGroup().addTo(map);
      let clusters = [];
      const draw = () => {
        markers.clearLayers();
        const pts = located.map(e => {
          const pt = map.latLngToLayerPoint([e.latitude, e.longitude]);
          return { x: pt.x, y: pt.y, weight: e.articles, event: e };
        });
        clusters = clusterPoints(pts, 34);
        for (const c of clusters) {
          const n = c.members.length;
          const articles = c.members.reduce((s, m) => s + m.event.articles, 0);
          const size = Math.round(Math.min(46, 14 + 6 * Math.sqrt(n - 1) + 2 * Math.log2(articles)));
          c.size = size;
          const icon = document.createElement('div');
          icon.className = n === 1 ? 'event-marker' : 'event-marker event-cluster';
          icon.dataset.events = c.members.map(m => m.event.id).join(' ');
          icon.dataset.count = String(n);
          icon.textContent = n === 1 ? '' : String(n);
          icon.title = n === 1 ? `${c.members[0].event.title || c.members[0].event.id} (${c.members[0].event.place})`
            : `${n} events, ${articles} articles`;
          if (c.members.some(m => m.event.disputed)) icon.classList.add('disputed');
          const latlng = map.layerPointToLatLng([c.x, c.y]);
          const m = L.marker(latlng, { icon: L.divIcon({ html: icon, className: 'event-icon', iconSize: [size, size] }), keyboard: true, title: icon.title });
          m.on('click', () => {
            if (n === 1) { location.hash = `#/event/${c.members[0].event.id}`; return; }
            listBox.replaceChildren(el('h3', {}, `${n} events here`),
              el('ul', {}, c.members.map(mm => el('li', {}, el('a', { href: `#/event/${mm.event.id}`, class: 'event-link' }, mm.event.title || mm.event.id),
                el('span', { class: 'meta' }, ` · ${mm.event.place || ''} · ${days(mm.event.first_day, mm.event.last_day)} · ${mm.event.articles} articles`)))),
              el('button', { type: 'button', class: 'secondary', onclick: () => map.fitBounds(c.members.map(mm => [mm.event.latitude, mm.event.longitude]), { padding: [40, 40], maxZoom: 10 }) }, 'Zoom in'));
          });
          markers.addLayer(m);
        }
      };
      map.on('zoomend', draw);
      draw();
      // Country names keep clear of the event markers.
      labelLayer(map, [], countryLabels(fc), () => clusters.map(c => {
        const pt = map.layerPointToContainerPoint([c.x, c.y]);
        const r = c.size / 2 + 3; // the marker's 2-pixel border, and one to spare
        return { x: pt.x - r, y: pt.y - r, w: 2 * r, h: 2 * r };
      }));
      box.dataset.ready = 'true';
    });
  }, 0);
  return wrap;
}

// ---- The story timeline: a time axis, dots stacked where they would collide ----

const DAY = 86400000;

/** Ticks at round dates between lo and hi (ms), about `most` of them at most: days, weeks, months, quarters, years. */
function timeTicks(lo, hi, most) {
  const steps = [[1, 'd'], [2, 'd'], [7, 'd'], [14, 'd'], [1, 'm'], [2, 'm'], [3, 'm'], [6, 'm'], [1, 'y'], [2, 'y'], [5, 'y'], [10, 'y']];
  const span = hi - lo;
  const approx = { d: DAY, m: 30.44 * DAY, y: 365.25 * DAY };
  const [n, unit] = steps.find(([k, u]) => span / (k * approx[u]) <= most) || steps[steps.length - 1];
  const d = new Date(lo);
  let t;
  if (unit === 'd') t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  else if (unit === 'm') t = Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / n) * n, 1);
  else t = Date.UTC(Math.floor(d.getUTCFullYear() / n) * n, 0, 1);
  const out = [];
  for (let guard = 0; t <= hi && guard < 500; guard++) {
    if (t >= lo) {
      const x = new Date(t).toISOString();
      out.push({ t, label: unit === 'd' ? x.slice(0, 10) : unit === 'm' ? x.slice(0, 7) : x.slice(0, 4) });
    }
    const c = new Date(t);
    t = unit === 'd' ? t + n * DAY : unit === 'm' ? Date.UTC(c.getUTCFullYear(), c.getUTCMonth() + n, 1) : Date.UTC(c.getUTCFullYear() + n, 0, 1);
  }
  return out;
}

let measureCtx = null;
function textWidth(s, px) {
  measureCtx = measureCtx || document.createElement('canvas').getContext('2d');
  measureCtx.font = `${px}px system-ui, -apple-system, "Segoe UI", sans-serif`;
  return measureCtx.measureText(s).width;
}

/**
 * Events on a horizontal time axis with dated ticks: each event a dot at its first day (a bar to its last day) with a
 * short label; an event whose dot or label would touch another's goes up a lane. Undated events follow after a gap.
 */
function timeline(events) {
  const NS = 'http://www.w3.org/2000/svg';
  const svgEl = (tag, attrs, text) => {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const W = 900, L = 30, R = 30, FONT = 11, LANE = 26;
  const t = d => Date.parse(d + 'T00:00:00Z');
  const dated = events.filter(e => e.first_day).sort((a, b) => t(a.first_day) - t(b.first_day));
  const undated = events.filter(e => !e.first_day);
  let lo = dated.length ? t(dated[0].first_day) : 0;
  let hi = dated.length ? Math.max(...dated.map(e => t(e.last_day || e.first_day))) : DAY;
  const pad = Math.max((hi - lo) * 0.04, DAY);
  lo -= pad; hi += pad;
  const undatedW = undated.length ? 140 : 0;
  const usable = W - L - R - undatedW;
  const xOf = ms => L + usable * (ms - lo) / (hi - lo);
  // Lanes: each remembers where its last dot-and-label ends.
  const laneEnds = [];
  const laid = [];
  const lay = (e, x, xEnd) => {
    const r = Math.min(10, 4 + 1.5 * Math.sqrt(e.articles));
    const text = (e.title || e.id).length > 28 ? (e.title || e.id).slice(0, 27) + '…' : (e.title || e.id);
    const labelW = textWidth(text, FONT) + 4;
    // The label goes right of the dot (or bar), or left of it where it would run off the axis's end.
    const leftSide = Math.max(x + r, xEnd) + 4 + labelW > W - 2;
    const left = leftSide ? x - r - 4 - labelW : x - r - 3;
    const right = leftSide ? Math.max(x + r, xEnd) : Math.max(x + r, xEnd) + 4 + labelW;
    let lane = laneEnds.findIndex(end => end < left);
    if (lane < 0) { lane = laneEnds.length; laneEnds.push(-Infinity); }
    laneEnds[lane] = right + 6;
    laid.push({ e, x, xEnd, r, lane, text, leftSide });
  };
  dated.forEach(e => lay(e, xOf(t(e.first_day)), xOf(t(e.last_day || e.first_day))));
  undated.forEach(e => lay(e, W - R - undatedW + 20, W - R - undatedW + 20));
  const lanes = Math.max(1, laneEnds.length);
  const axisY = 20 + lanes * LANE + 6;
  const H = axisY + 34;
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', role: 'img', 'aria-label': 'Timeline of the events' });
  svg.append(svgEl('line', { x1: L, x2: L + usable, y1: axisY, y2: axisY, stroke: '#99a3ad', class: 'axis' }));
  const ticks = timeTicks(lo, hi, Math.max(2, Math.floor(usable / 95)));
  for (const tk of ticks) {
    const x = xOf(tk.t);
    const half = textWidth(tk.label, FONT) / 2;
    if (undated.length && x + half > L + usable + 4) continue; // keep clear of the "undated" label
    const anchor = x - half < 2 ? 'start' : x + half > W - 2 ? 'end' : 'middle';
    svg.append(svgEl('text', { x: anchor === 'start' ? Math.max(2, x - 4) : anchor === 'end' ? Math.min(W - 2, x + 4) : x, y: axisY + 18,
      'text-anchor': anchor, 'font-size': FONT, fill: '#5b6670', class: 'axis-label' }, tk.label));
    svg.append(svgEl('line', { x1: x, x2: x, y1: axisY, y2: axisY + 5, stroke: '#99a3ad', class: 'axis-tick' }));
    svg.insertBefore(svgEl('line', { x1: x, x2: x, y1: 14, y2: axisY, stroke: '#eef1f4', class: 'grid' }), svg.firstChild);
  }
  if (undated.length) svg.append(svgEl('text', { x: W - R - undatedW + 10, y: axisY + 18, 'font-size': FONT, fill: '#5b6670', class: 'axis-label' }, 'undated'));
  for (const d of laid) {
    const y = axisY - 14 - d.lane * LANE;
    const a = svgEl('a', { href: `#/event/${d.e.id}` });
    if (d.xEnd > d.x + 1) a.append(svgEl('line', { x1: d.x, x2: d.xEnd, y1: y, y2: y, stroke: '#0b5cad', 'stroke-width': 3, 'stroke-opacity': 0.5 }));
    const c = svgEl('circle', { cx: d.x, cy: y, r: d.r, fill: '#0b5cad', 'fill-opacity': 0.8, class: 'timeline-event', 'data-event': d.e.id });
    c.append(svgEl('title', {}, `${days(d.e.first_day, d.e.last_day)}: ${d.e.title || d.e.id} (${d.e.articles} articles)`));
    a.append(c, svgEl('text', { x: d.leftSide ? d.x - d.r - 4 : Math.max(d.x + d.r, d.xEnd) + 4, y: y + 4, 'text-anchor': d.leftSide ? 'end' : 'start',
      'font-size': FONT, fill: '#1d232a', class: 'timeline-label' }, d.text));
    svg.append(a);
  }
  return svg;
}
