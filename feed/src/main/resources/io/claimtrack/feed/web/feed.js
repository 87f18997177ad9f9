// claimtrack live feed: snapshot from /api/items, then changes from /events (server-sent events).
// Every piece of article text goes through textContent or a checked href: never innerHTML.
'use strict';
(function () {
  const PAGE = 150; // rows added to the DOM per step
  const MAX_RENDERED = 1500; // never more rows than this in the DOM
  const RENDER_LOG_MAX = 20000;

  const $ = (id) => document.getElementById(id);
  const listEl = $('rows');
  const state = {
    epoch: null,
    seq: -1,
    byId: new Map(),
    order: [], // newest first
    filtered: [],
    limit: PAGE,
    expanded: new Set(),
    pending: [],
    frame: 0,
    filter: readFilter(),
    match: () => true,
    claims: 0,
    disputedCount: 0,
    unseen: 0, // new matching rows that arrived while the reader was scrolled down
  };
  const rowEls = new Map();
  let events = null;
  let detailsSeq = 0;

  // Timings the benchmark reads (window.claimtrackFeed); cheap and bounded.
  const metrics = {
    renderedAt: new Map(),
    receivedAt: new Map(),
    lastRenderMs: 0,
    lastFilterMs: 0,
    batches: 0,
    applied: 0,
  };
  window.claimtrackFeed = {
    metrics,
    state: () => ({ epoch: state.epoch, seq: state.seq, items: state.order.length,
      matched: state.filtered.length, rendered: listEl.children.length }),
    // For measurements: apply a filter now (no debounce) and time it, style and layout included.
    timeFilter: (f) => {
      $('f-q').value = f.q || ''; $('f-speaker').value = f.speaker || '';
      $('f-outlet').value = f.outlet || '';
      $('f-official').checked = !!f.official; $('f-disputed').checked = !!f.disputed;
      const t0 = performance.now();
      filterChanged();
      void listEl.offsetHeight;
      return { totalMs: performance.now() - t0, filterMs: metrics.lastFilterMs,
        renderMs: metrics.lastRenderMs, matched: state.filtered.length };
    },
  };

  // ---- items ----
  function prepare(item) {
    item._t = Date.parse(item.time) || 0;
    const parts = [item.text, item.speaker || '', item.role || ''];
    for (const o of item.outlets || []) parts.push(o);
    for (const o of item.occurrences || []) if (o.quote) parts.push(o.quote);
    item._hay = parts.join('\n').toLowerCase();
    item._speaker = (item.speaker || '').toLowerCase();
    item._outlets = (item.outlets || []).map((o) => String(o).toLowerCase());
    return item;
  }

  function before(a, b) { // true when a sorts before b (newer first, then id)
    if (a._t !== b._t) return a._t > b._t;
    return a.id < b.id;
  }

  function position(arr, item) { // binary search: first index whose item does not sort before `item`
    let lo = 0, hi = arr.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(arr[mid], item)) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  function removeSorted(arr, item) {
    const i = position(arr, item);
    if (arr[i] === item) arr.splice(i, 1);
    else { const j = arr.indexOf(item); if (j >= 0) arr.splice(j, 1); }
  }

  function insertSorted(arr, item) { arr.splice(position(arr, item), 0, item); }

  function count(item, sign) {
    if (item.kind === 'claim') state.claims += sign;
    if (item.disputed) state.disputedCount += sign;
  }

  // Small batches update the sorted list and the filtered list in place (no full pass over
  // 10,000 rows per frame); a large one rebuilds both. Returns true when it rebuilt.
  function applyBatch(batch) {
    const bulk = batch.upserts.length > 1000;
    const match = state.match;
    const drop = (old) => {
      count(old, -1);
      if (bulk) return;
      removeSorted(state.order, old);
      if (match(old)) removeSorted(state.filtered, old);
    };
    for (const id of batch.removes) {
      const old = state.byId.get(id);
      if (old) { state.byId.delete(id); drop(old); }
    }
    for (const raw of batch.upserts) {
      const item = prepare(raw);
      const old = state.byId.get(item.id);
      item._arrived = old ? old._arrived : Date.now();
      state.byId.set(item.id, item);
      if (old) drop(old);
      else if (match(item)) state.unseen++;
      count(item, 1);
      if (bulk) continue;
      insertSorted(state.order, item);
      if (match(item)) insertSorted(state.filtered, item);
    }
    if (bulk) {
      state.order = Array.from(state.byId.values());
      state.order.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    }
    state.seq = batch.seq;
    metrics.applied += batch.upserts.length + batch.removes.length;
    return bulk;
  }

  function recount() {
    state.claims = 0;
    state.disputedCount = 0;
    for (const i of state.order) count(i, 1);
  }

  // ---- filters (same rules as FeedFilter.java) ----
  function readFilter() {
    const p = new URLSearchParams(location.hash.slice(1));
    return {
      q: p.get('q') || '', speaker: p.get('speaker') || '', outlet: p.get('outlet') || '',
      official: p.get('official') === '1', disputed: p.get('disputed') === '1',
    };
  }

  function matcher(f) {
    const speaker = f.speaker.trim().toLowerCase();
    const outlet = f.outlet.trim().toLowerCase();
    const terms = f.q.trim().toLowerCase().split(/\s+/).filter(Boolean);
    return (item) => {
      if (f.official && !item.official) return false;
      if (f.disputed && !item.disputed) return false;
      if (speaker && !item._speaker.includes(speaker)) return false;
      if (outlet && !item._outlets.some((o) => o.includes(outlet))) return false;
      for (const t of terms) if (!item._hay.includes(t)) return false;
      return true;
    };
  }

  function refilter() {
    const t0 = performance.now();
    state.match = matcher(state.filter);
    state.filtered = state.order.filter(state.match);
    metrics.lastFilterMs = performance.now() - t0;
  }

  // ---- rendering ----
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function safeHref(url) {
    if (!url) return null;
    try {
      const u = new URL(url, location.href);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function relative(ms) {
    if (!ms) return '';
    const s = Math.round((Date.now() - ms) / 1000);
    if (s < 10) return 'just now';
    if (s < 60) return s + ' s ago';
    if (s < 3600) return Math.floor(s / 60) + ' min ago';
    if (s < 86400) return Math.floor(s / 3600) + ' h ago';
    if (s < 86400 * 30) return Math.floor(s / 86400) + ' d ago';
    return new Date(ms).toISOString().slice(0, 10);
  }

  function timeEl(iso, cls) {
    const ms = Date.parse(iso);
    const t = el('time', cls, relative(ms));
    if (ms) {
      t.dateTime = new Date(ms).toISOString();
      t.title = new Date(ms).toLocaleString();
      t.dataset.t = String(ms);
    }
    return t;
  }

  function plural(n, one, many) { return n.toLocaleString() + ' ' + (n === 1 ? one : many); }

  function buildRow(item) {
    const li = el('li', 'row');
    li.dataset.id = item.id;
    li.dataset.kind = item.kind;
    li._v = item.version;
    const art = el('article');
    const meta = el('div', 'meta');
    meta.append(el('span', 'speaker', item.speaker || 'Unknown speaker'));
    if (item.role) meta.append(el('span', 'role', item.role));
    if (item.official) meta.append(el('span', 'badge official', 'Official'));
    if (item.disputed) meta.append(el('span', 'badge disputed', 'Disputed'));
    if (item.kind === 'statement') {
      const b = el('span', 'badge unlinked', 'New statement');
      b.title = 'Not yet linked to a claim';
      meta.append(b);
    }
    meta.append(timeEl(item.time, 'when'));
    const text = el('blockquote', 'text', '“' + item.text + '”');
    const foot = el('div', 'foot');
    const outlets = item.outlets || [];
    const shown = outlets.slice(0, 3).join(', ') + (outlets.length > 3 ? ' +' + (outlets.length - 3) : '');
    foot.append(el('span', 'outlets', shown || 'unknown outlet'));
    foot.append(el('span', 'occ', plural(item.occurrenceCount || 0, 'occurrence', 'occurrences')));
    if (item.disputes.length) foot.append(el('span', 'disp', plural(item.disputes.length, 'dispute', 'disputes')));
    if (item.rebuts.length) foot.append(el('span', 'rebuts', 'disputes ' + plural(item.rebuts.length, 'claim', 'claims')));
    const responses = item.responses || [], respondsTo = item.respondsTo || [];
    if (responses.length) foot.append(el('span', 'resp', plural(responses.length, 'response', 'responses')));
    if (respondsTo.length) foot.append(el('span', 'resp', 'responds to ' + plural(respondsTo.length, 'claim', 'claims')));
    const open = state.expanded.has(item.id);
    const toggle = el('button', 'toggle', open ? 'Hide details' : 'Details');
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', String(open));
    foot.append(toggle);
    art.append(meta, text, foot);
    if (open) art.append(buildDetails(item, toggle));
    li.append(art);
    return li;
  }

  function disputeList(title, list) {
    const frag = document.createDocumentFragment();
    frag.append(el('h3', null, title + ' (' + list.length + ')'));
    const ul = el('ul', 'disputes');
    for (const d of list) {
      const li = el('li');
      li.append(el('strong', null, d.speaker || 'Unknown speaker'));
      li.append(document.createTextNode(': '));
      li.append(el('span', 'dtext', d.text ? '“' + d.text + '”' : 'claim ' + d.claimId));
      if (d.evidence) li.append(el('span', 'evidence', d.evidence));
      ul.append(li);
    }
    frag.append(ul);
    return frag;
  }

  function buildDetails(item, toggle) {
    const box = el('div', 'details');
    box.id = 'details-' + (++detailsSeq);
    toggle.setAttribute('aria-controls', box.id);
    box.append(el('h3', null, 'Carried by (' + item.occurrences.length + ')'));
    const ul = el('ul', 'occurrences');
    for (const o of item.occurrences) {
      const li = el('li');
      li.append(el('strong', 'outlet', o.outlet || 'unknown outlet'), document.createTextNode(' · '));
      const href = safeHref(o.url);
      if (href) {
        const u = new URL(href);
        const label = u.host + (u.pathname.length > 1 ? u.pathname : '');
        const a = el('a', null, label.length > 70 ? label.slice(0, 69) + '…' : label);
        a.href = href;
        a.target = '_blank';
        a.rel = 'noopener noreferrer nofollow';
        li.append(a);
      } else {
        li.append(el('span', 'nolink', o.url ? 'link withheld (not http)' : 'no link'));
      }
      if (o.published) li.append(document.createTextNode(' · '), timeEl(o.published, 'pub'));
      if (o.quote && o.quote !== item.text) li.append(el('span', 'quote', '“' + o.quote + '”'));
      ul.append(li);
    }
    box.append(ul);
    if (item.disputes.length) box.append(disputeList('Disputed by', item.disputes));
    if (item.rebuts.length) box.append(disputeList('Disputes', item.rebuts));
    if (item.responses && item.responses.length) box.append(disputeList('Responded to by', item.responses));
    if (item.respondsTo && item.respondsTo.length) box.append(disputeList('Responds to', item.respondsTo));
    return box;
  }

  // `live`: the render follows new data from the stream, so new rows are highlighted.
  function render(live) {
    const t0 = performance.now();
    const visible = state.filtered.slice(0, Math.min(state.limit, MAX_RENDERED));
    const wanted = new Set();
    for (const item of visible) wanted.add(item.id);
    for (const [id, node] of rowEls) {
      if (!wanted.has(id)) { node.remove(); rowEls.delete(id); }
    }
    const now = Date.now();
    let prev = null;
    for (const item of visible) {
      let node = rowEls.get(item.id);
      if (!node || node._v !== item.version) {
        const fresh = buildRow(item);
        if (node) node.replaceWith(fresh);
        if (live && item._arrived && now - item._arrived < 2000) fresh.classList.add('fresh');
        node = fresh;
        rowEls.set(item.id, node);
        if (!metrics.renderedAt.has(item.id)) {
          if (metrics.renderedAt.size >= RENDER_LOG_MAX) metrics.renderedAt.clear();
          metrics.renderedAt.set(item.id, now);
        }
      }
      const expected = prev ? prev.nextSibling : listEl.firstChild;
      if (expected !== node) listEl.insertBefore(node, expected);
      prev = node;
    }
    renderCounts(visible.length);
    metrics.lastRenderMs = performance.now() - t0;
    document.body.dataset.seq = String(state.seq);
  }

  function renderCounts(rendered) {
    const claims = state.claims, disputed = state.disputedCount;
    const total = state.order.length;
    $('counts').textContent = plural(claims, 'claim', 'claims') + ' · '
      + plural(total - claims, 'new statement', 'new statements') + ' · '
      + plural(disputed, 'disputed', 'disputed') + ' · showing '
      + rendered.toLocaleString() + ' of ' + plural(state.filtered.length, 'match', 'matches');
    $('empty').hidden = state.filtered.length > 0;
    const more = $('more');
    const left = state.filtered.length - rendered;
    more.hidden = left <= 0;
    if (left > 0) {
      const capped = rendered >= MAX_RENDERED;
      $('more-text').textContent = capped
        ? left.toLocaleString() + ' older rows not shown: narrow the filters to see them.'
        : left.toLocaleString() + ' older rows.';
      $('more-button').hidden = capped;
    }
  }

  // One render per animation frame, however many batches arrived meanwhile.
  function schedule() {
    if (state.frame) return;
    state.frame = requestAnimationFrame(() => {
      state.frame = 0;
      const batches = state.pending;
      state.pending = [];
      let rebuilt = false;
      for (const b of batches) rebuilt = applyBatch(b) || rebuilt;
      metrics.batches += batches.length;
      if (rebuilt) refilter();
      render(true);
      showUnseen();
      refreshLists();
    });
  }

  // ---- datalists for speaker and outlet, refreshed at most every few seconds ----
  let listsAt = 0;
  function refreshLists(force) {
    if (!force && Date.now() - listsAt < 10000) return;
    listsAt = Date.now();
    if (!force && window.requestIdleCallback) {
      requestIdleCallback(() => fillLists(), { timeout: 5000 });
    } else {
      fillLists();
    }
  }

  function fillLists() {
    const speakers = new Map(), outlets = new Map();
    for (const i of state.order) {
      if (i.speaker) speakers.set(i.speaker, (speakers.get(i.speaker) || 0) + 1);
      for (const o of i.outlets) outlets.set(o, (outlets.get(o) || 0) + 1);
    }
    fillList($('speakers'), speakers);
    fillList($('outlets'), outlets);
  }

  function fillList(dl, counts) {
    const top = Array.from(counts.entries()).sort((a, b) => b[1] - a[1]).slice(0, 300);
    dl.replaceChildren(...top.map(([name]) => { const o = el('option'); o.value = name; return o; }));
  }

  // ---- connection ----
  function setStatus(status, text) {
    document.body.dataset.status = status;
    $('status-text').textContent = text;
  }

  async function load() {
    setStatus('loading', 'Loading…');
    if (events) { events.close(); events = null; }
    const res = await fetch('/api/items', { headers: { Accept: 'application/json' } });
    if (!res.ok) throw new Error('snapshot failed: HTTP ' + res.status);
    const snap = await res.json();
    state.epoch = snap.epoch;
    state.seq = snap.seq;
    state.byId = new Map();
    state.order = snap.items.map(prepare);
    for (const i of state.order) state.byId.set(i.id, i);
    state.pending = [];
    recount();
    refilter();
    render();
    refreshLists(true);
    metrics.firstRenderAt = performance.now();
    connect();
  }

  function connect() {
    const url = '/events?epoch=' + encodeURIComponent(state.epoch) + '&since=' + state.seq;
    events = new EventSource(url);
    events.onopen = () => setStatus('live', 'Live');
    events.onerror = () => setStatus('reconnecting', 'Reconnecting…');
    events.addEventListener('changes', (e) => {
      const batch = JSON.parse(e.data);
      const now = Date.now(), seen = metrics.receivedAt;
      if (seen.size + batch.upserts.length > RENDER_LOG_MAX) seen.clear();
      for (const u of batch.upserts) if (!seen.has(u.id)) seen.set(u.id, now);
      state.pending.push(batch);
      schedule();
    });
    events.addEventListener('reset', () => { load().catch(failed); });
  }

  function failed(err) {
    setStatus('reconnecting', 'Cannot reach the feed; retrying…');
    console.error(err);
    setTimeout(() => load().catch(failed), 3000);
  }

  // ---- interaction ----
  function writeFilterToHash() {
    const f = state.filter, p = new URLSearchParams();
    if (f.q) p.set('q', f.q);
    if (f.speaker) p.set('speaker', f.speaker);
    if (f.outlet) p.set('outlet', f.outlet);
    if (f.official) p.set('official', '1');
    if (f.disputed) p.set('disputed', '1');
    const hash = p.toString();
    history.replaceState(null, '', hash ? '#' + hash : location.pathname);
  }

  function filterChanged() {
    state.filter = {
      q: $('f-q').value, speaker: $('f-speaker').value, outlet: $('f-outlet').value,
      official: $('f-official').checked, disputed: $('f-disputed').checked,
    };
    writeFilterToHash();
    state.limit = PAGE;
    refilter();
    render();
  }

  let typing = 0;
  function debounced() { clearTimeout(typing); typing = setTimeout(filterChanged, 120); }

  function init() {
    const f = state.filter;
    $('f-q').value = f.q; $('f-speaker').value = f.speaker; $('f-outlet').value = f.outlet;
    $('f-official').checked = f.official; $('f-disputed').checked = f.disputed;
    for (const id of ['f-q', 'f-speaker', 'f-outlet']) {
      $(id).addEventListener('input', debounced);
      $(id).addEventListener('change', debounced);
    }
    for (const id of ['f-official', 'f-disputed']) $(id).addEventListener('change', filterChanged);
    $('filters').addEventListener('submit', (e) => { e.preventDefault(); filterChanged(); });
    $('filters').addEventListener('reset', () => setTimeout(filterChanged, 0));
    $('more-button').addEventListener('click', showMore);
    $('new-above').addEventListener('click', () => {
      window.scrollTo({ top: 0 });
      state.unseen = 0;
      showUnseen();
      listEl.focus({ preventScroll: true });
    });
    window.addEventListener('scroll', () => { if (state.unseen && window.scrollY < 100) showUnseen(); }, { passive: true });
    document.addEventListener('keydown', (e) => {
      const typing = e.target.closest && e.target.closest('input, textarea, select');
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        $('f-q').focus();
      }
    });
    listEl.addEventListener('click', onListClick);
    new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) showMore();
    }, { rootMargin: '600px' }).observe($('more'));
    setInterval(() => {
      for (const t of listEl.querySelectorAll('time[data-t]')) {
        const s = relative(Number(t.dataset.t));
        if (t.textContent !== s) t.textContent = s;
      }
    }, 15000);
    load().catch(failed);
  }

  // Rows arriving while the reader is further down do not move the view (scroll anchoring);
  // a button says how many are waiting above.
  function showUnseen() {
    const button = $('new-above');
    if (window.scrollY < 100) state.unseen = 0;
    button.hidden = state.unseen === 0;
    if (state.unseen > 0) button.textContent = '↑ ' + plural(state.unseen, 'new row', 'new rows') + ' above';
  }

  function showMore() {
    if (state.limit >= Math.min(state.filtered.length, MAX_RENDERED)) return;
    state.limit += PAGE;
    render();
  }

  function onListClick(e) {
    const button = e.target.closest('button.toggle');
    if (!button) return;
    const row = button.closest('li.row');
    const id = row.dataset.id;
    const item = state.byId.get(id);
    if (!item) return;
    const art = row.firstChild;
    const open = button.getAttribute('aria-expanded') === 'true';
    if (open) {
      state.expanded.delete(id);
      const box = art.querySelector('.details');
      if (box) box.remove();
      button.setAttribute('aria-expanded', 'false');
      button.removeAttribute('aria-controls');
      button.textContent = 'Details';
    } else {
      state.expanded.add(id);
      art.append(buildDetails(item, button));
      button.setAttribute('aria-expanded', 'true');
      button.textContent = 'Hide details';
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
