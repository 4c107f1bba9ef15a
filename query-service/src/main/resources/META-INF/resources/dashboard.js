/* Sayline's built-in dashboard: pipeline figures polled from /dashboard/pipeline (the services'
 * own Micrometer meters), corpus figures from the search API. Plain JavaScript and Chart.js. */
'use strict';

const REFRESH_MS = Number(new URLSearchParams(location.search).get('refresh') || 5000);
const HISTORY = 60;
const COLORS = ['#2f5bea', '#e8590c', '#2b8a3e', '#ae3ec9', '#c92a2a', '#0b7285', '#5f3dc4', '#e67700', '#495057', '#d6336c'];

Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.font.family = 'system-ui, sans-serif';

const charts = {};
function chart(id, type, options = {}) {
  charts[id] = new Chart(document.getElementById(id), {
    type,
    data: { labels: [], datasets: [] },
    options: Object.assign({ responsive: true, plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } } }, options),
  });
  return charts[id];
}
function setData(id, labels, datasets) {
  const c = charts[id];
  c.data.labels = labels;
  c.data.datasets = datasets.map((d, i) => Object.assign({
    borderColor: d.color || COLORS[i % COLORS.length],
    backgroundColor: d.color || COLORS[i % COLORS.length],
    // A series of one point would be invisible as a line: draw the point.
    borderWidth: 2, pointRadius: labels.length === 1 ? 4 : 0, tension: 0,
  }, d));
  c.update();
}
/* Reads need the read key unless the service allows public reads (the local run does). A refused
 * read opens the key dialog; every read refused while it is open waits for the same answer, so
 * panels loading together ask once. The key is kept in this browser's local storage. */
const KEY_STORE = 'sayline.readKey';
let keyAnswer = null;    // the open key dialog's answer (a key, or null), shared by every waiting read
let keyDeclined = false; // closed without a key: don't ask again until the "Read key" button is used
function storedKey() { return localStorage.getItem(KEY_STORE); }
function askForKey(message) {
  if (keyAnswer) return keyAnswer;
  const dialog = document.getElementById('key-dialog');
  const input = document.getElementById('key-input');
  document.getElementById('key-message').textContent = message;
  dialog.querySelector('button[value=forget]').hidden = !storedKey();
  input.value = '';
  document.body.dataset.keyAsked = String(Number(document.body.dataset.keyAsked || 0) + 1);
  keyAnswer = new Promise(resolve => {
    dialog.addEventListener('close', () => {
      keyAnswer = null;
      const key = dialog.returnValue === 'save' ? input.value.trim() : '';
      if (dialog.returnValue === 'forget') localStorage.removeItem(KEY_STORE);
      if (key) localStorage.setItem(KEY_STORE, key);
      keyDeclined = !key;
      resolve(key || null);
    }, { once: true });
  });
  dialog.returnValue = '';
  dialog.showModal();
  input.focus();
  return keyAnswer;
}
async function getJson(url) {
  const send = key => fetch(url, { headers: Object.assign({ Accept: 'application/json' }, key ? { 'X-API-Key': key } : {}) });
  let key = storedKey();
  let r = await send(key);
  // Until a key is accepted or the user declines: a wrong key asks again rather than failing the panel.
  while (r.status === 401) {
    const current = storedKey();
    if (current && current !== key) {
      key = current; // a key was entered while this read was on its way
    } else if (keyDeclined) {
      break;
    } else {
      key = await askForKey(key ? 'The read key was refused: enter another one.'
        : 'This Sayline needs a read key (X-API-Key) to show its figures.');
      if (!key) break;
    }
    r = await send(key);
  }
  if (!r.ok) throw new Error(url + ' answered ' + r.status + (r.status === 401 ? ': use “Read key” above' : ''));
  return r.json();
}
function escapeHtml(s) {
  return String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}
/* Highlights come with <em> tags around matches: escape everything, then restore only those. */
function highlight(s) {
  return escapeHtml(s).replace(/&lt;em&gt;/g, '<em>').replace(/&lt;\/em&gt;/g, '</em>');
}

// ---------------------------------------------------------------- pipeline
const history = []; // [{time, figures}]

/** Sum of every sample called `name` (optionally of one service, and matching a label filter). */
function total(figures, name, service, filter) {
  let sum = 0, found = false;
  for (const s of figures.services) {
    if (service && s.name !== service) continue;
    for (const x of s.samples) {
      if (x.name !== name || (filter && !filter(x.labels))) continue;
      if (Number.isFinite(x.value)) { sum += x.value; found = true; }
    }
  }
  return found ? sum : null;
}
function groupBy(figures, name, label) {
  const out = {};
  for (const s of figures.services) {
    for (const x of s.samples) {
      if (x.name === name && Number.isFinite(x.value)) {
        const key = x.labels[label] ?? '';
        out[key] = (out[key] || 0) + x.value;
      }
    }
  }
  return out;
}
function rate(prev, cur, name) {
  if (!prev) return 0;
  const a = total(prev.figures, name), b = total(cur.figures, name);
  if (a === null || b === null) return null;
  return Math.max(0, b - a) / ((cur.time - prev.time) / 1000);
}
/** Mean latency in ms over the last interval; since start when nothing happened in it. */
function meanMs(prev, cur, base) {
  const sum = total(cur.figures, base + '_sum'), count = total(cur.figures, base + '_count');
  if (sum === null || !count) return null;
  if (prev) {
    const ds = sum - (total(prev.figures, base + '_sum') || 0), dc = count - (total(prev.figures, base + '_count') || 0);
    if (dc > 0) return 1000 * ds / dc;
  }
  return 1000 * sum / count;
}
function clock(t) { return new Date(t).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' }); }

function renderTiles(f) {
  const tiles = f.services.map(s => ({ name: s.name, value: s.up ? 'up' : 'down', cls: s.up ? 'up' : 'down' }));
  const es = total(f, 'sayline_elasticsearch_up', 'query-service');
  tiles.push({ name: 'Elasticsearch', value: es === 1 ? 'up' : 'down', cls: es === 1 ? 'up' : 'down' });
  tiles.push({ name: 'documents ingested', value: total(f, 'sayline_ingest_documents_accepted_total') ?? '–' });
  tiles.push({ name: 'documents enriched', value: total(f, 'sayline_enrich_document_seconds_count') ?? '–' });
  tiles.push({ name: 'documents indexed', value: total(f, 'sayline_index_documents_indexed_total') ?? '–' });
  tiles.push({ name: 'consumer lag', value: total(f, 'sayline_kafka_consumer_lag') ?? 0 });
  tiles.push({ name: 'dead letters', value: total(f, 'sayline_dead_letters_total') ?? 0 });
  document.getElementById('service-tiles').innerHTML = tiles.map(t =>
    `<div class="tile ${t.cls || ''}" data-tile="${escapeHtml(t.name)}"><div class="name">${escapeHtml(t.name)}</div><div class="value">${escapeHtml(t.value)}</div></div>`).join('');
}

function renderPipeline() {
  const cur = history[history.length - 1];
  const f = cur.figures;
  renderTiles(f);
  const points = history.map((h, i) => ({ h, prev: history[i - 1] }));
  const labels = points.map(p => clock(p.h.time));
  setData('chart-throughput', labels, [
    { label: 'ingested', data: points.map(p => rate(p.prev, p.h, 'sayline_ingest_documents_accepted_total')) },
    { label: 'enriched', data: points.map(p => rate(p.prev, p.h, 'sayline_enrich_document_seconds_count')) },
    { label: 'indexed', data: points.map(p => rate(p.prev, p.h, 'sayline_index_documents_indexed_total')) },
  ]);
  setData('chart-latency', labels, [
    { label: 'publish (ingest)', data: points.map(p => meanMs(p.prev, p.h, 'sayline_ingest_publish_seconds')) },
    { label: 'enrich document', data: points.map(p => meanMs(p.prev, p.h, 'sayline_enrich_document_seconds')) },
    { label: 'bulk index', data: points.map(p => meanMs(p.prev, p.h, 'sayline_index_bulk_seconds')) },
  ]);
  const lag = [];
  for (const s of f.services) {
    for (const x of s.samples) {
      if (x.name === 'sayline_kafka_consumer_lag' && x.labels.partition !== undefined) {
        lag.push({ label: `${x.labels.topic}/${x.labels.partition}`, value: x.value });
      }
    }
  }
  lag.sort((a, b) => a.label.localeCompare(b.label));
  setData('chart-lag', lag.map(l => l.label), [{ label: 'records behind', data: lag.map(l => l.value), color: COLORS[0] }]);

  const dead = groupBy(f, 'sayline_dead_letters_total', 'topic');
  const rejected = groupBy(f, 'sayline_ingest_documents_rejected_total', 'reason');
  const esErrors = groupBy(f, 'sayline_elasticsearch_errors_total', 'kind');
  const failLabels = [...Object.keys(dead).map(k => 'DLQ ' + k), ...Object.keys(rejected).map(k => 'rejected: ' + k),
    ...Object.keys(esErrors).map(k => 'Elasticsearch: ' + k)];
  const failValues = [...Object.values(dead), ...Object.values(rejected), ...Object.values(esErrors)];
  setData('chart-failures', failLabels, [{ label: 'total', data: failValues, color: COLORS[4] }]);

  const sums = groupBy(f, 'sayline_enrich_enricher_seconds_sum', 'enricher');
  const counts = groupBy(f, 'sayline_enrich_enricher_seconds_count', 'enricher');
  const enrichers = Object.keys(sums).sort();
  setData('chart-enrichers', enrichers, [{ label: 'ms per document', data: enrichers.map(e => counts[e] ? 1000 * sums[e] / counts[e] : 0), color: COLORS[2] }]);
  document.getElementById('enrichers-note').textContent = enrichers.length ? '' : '(no enricher has run yet)';

  const kinds = ['quotes', 'dates', 'tags', 'speakers'];
  setData('chart-found', kinds, [{
    label: 'mean per document', color: COLORS[3],
    data: kinds.map(k => {
      const sum = total(f, `sayline_enrich_${k}_per_document_sum`), count = total(f, `sayline_enrich_${k}_per_document_count`);
      return count ? sum / count : 0;
    }),
  }]);
  document.getElementById('pipeline-updated').textContent = 'updated ' + clock(cur.time) + ', every ' + REFRESH_MS / 1000 + ' s';
  document.body.dataset.pipelineReady = 'true';
}

async function pollPipeline() {
  try {
    const figures = await getJson('/dashboard/pipeline');
    history.push({ time: figures.time, figures });
    if (history.length > HISTORY) history.shift();
    renderPipeline();
  } catch (e) {
    document.getElementById('pipeline-updated').textContent = 'unavailable: ' + e.message;
  } finally {
    setTimeout(pollPipeline, REFRESH_MS);
  }
}

// ---------------------------------------------------------------- corpus
async function loadCorpus() {
  const [timeline, speakers, facets] = await Promise.all([
    getJson('/timeline?of=documents&interval=month'),
    getJson('/speakers?size=10'),
    getJson('/search?size=1&facets=true'),
  ]);
  document.getElementById('corpus-total').textContent = facets.total + ' documents, ' + speakers.quotes + ' quotes';
  setData('chart-documents', timeline.buckets.map(b => b.date.slice(0, 7)), [{ label: 'documents', data: timeline.buckets.map(b => b.count), color: COLORS[0] }]);
  setData('chart-speakers', speakers.speakers.map(s => s.name), [{ label: 'quotes', data: speakers.speakers.map(s => s.quotes), color: COLORS[1] }]);
  const tags = (facets.facets && facets.facets.tags) || [];
  setData('chart-tags', tags.map(t => t.value), [{ label: 'documents', data: tags.map(t => t.count), color: COLORS[2] }]);
  const none = speakers.speakers.length ? '' : '(none yet: no quote has been attributed)';
  document.getElementById('speakers-note').textContent = none;
  document.getElementById('tags-note').textContent = tags.length ? '' : '(none yet: no document is tagged)';
  const select = document.getElementById('speaker-select');
  select.innerHTML = speakers.speakers.map(s => `<option>${escapeHtml(s.name)}</option>`).join('');
  select.onchange = () => loadSpeakerTimeline(select.value);
  if (speakers.speakers.length) await loadSpeakerTimeline(speakers.speakers[0].name);
  document.body.dataset.corpusReady = 'true';
}

async function loadSpeakerTimeline(name) {
  const t = await getJson('/timeline?of=quotes&interval=month&speaker=' + encodeURIComponent(name));
  setData('chart-speaker-timeline', t.buckets.map(b => b.date.slice(0, 7)), [{ label: 'quotes by ' + name, data: t.buckets.map(b => b.count), color: COLORS[3] }]);
}

async function search(q) {
  const summary = document.getElementById('search-summary');
  const list = document.getElementById('search-results');
  try {
    const page = await getJson('/search?facets=false&size=10&q=' + encodeURIComponent(q));
    summary.textContent = page.total + ' document' + (page.total === 1 ? '' : 's') + ' match “' + q + '”';
    list.innerHTML = page.hits.map(h => `<li class="hit">
        <a href="/documents/${encodeURIComponent(h.id)}" data-doc-id="${escapeHtml(h.id)}">${escapeHtml(h.title || h.id)}</a>
        <div class="meta">${escapeHtml(h.publishedAt || 'undated')} · ${escapeHtml(h.source || '')}${h.speakers && h.speakers.length ? ' · ' + escapeHtml(h.speakers.join(', ')) : ''}</div>
        ${(h.highlights || []).map(x => `<p class="hl">…${highlight(x)}…</p>`).join('')}
      </li>`).join('');
  } catch (e) {
    summary.textContent = 'Search failed: ' + e.message;
    list.innerHTML = '';
  }
  document.body.dataset.searchDone = 'true';
}

// ---------------------------------------------------------------- document view
/* A hit opens in a dialog rather than by navigation: a link cannot send the read key. */
const MAX_LISTED = 10;
let latestDocumentRequest = 0; // the latest request wins when hits are clicked in quick succession
async function showDocument(id) {
  const request = ++latestDocumentRequest;
  const dialog = document.getElementById('document-view');
  const title = document.getElementById('document-title');
  const body = document.getElementById('document-body');
  delete document.body.dataset.documentShown;
  title.textContent = id;
  body.innerHTML = '<p class="meta">Loading…</p>';
  if (!dialog.open) dialog.showModal();
  try {
    const doc = await getJson('/documents/' + encodeURIComponent(id));
    if (request !== latestDocumentRequest) return;
    title.textContent = doc.title || doc.id;
    body.innerHTML = renderDocument(doc);
  } catch (e) {
    if (request !== latestDocumentRequest) return;
    body.innerHTML = `<p class="error">Could not load the document: ${escapeHtml(e.message)}</p>`;
  }
  document.body.dataset.documentShown = 'true';
}
function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }
/** The first MAX_LISTED items as <li>, and how many more there are. */
function listItems(items, render) {
  const more = items.length > MAX_LISTED ? `<li class="meta">and ${items.length - MAX_LISTED} more</li>` : '';
  return items.slice(0, MAX_LISTED).map(x => `<li>${render(x)}</li>`).join('') + more;
}
function renderDocument(doc) {
  const dates = doc.dates || [], quotes = doc.quotes || [], speakers = doc.speakers || [];
  const tags = (doc.tags || []).map(t => t.tag);
  // Only web addresses become links: escaping alone would let a javascript: URL through.
  const link = /^https?:\/\//i.test(doc.url || '')
    ? ` · <a href="${escapeHtml(doc.url)}" target="_blank" rel="noopener noreferrer">original</a>` : '';
  return `<div class="meta">${escapeHtml(doc.publishedAt || 'undated')} · ${escapeHtml(doc.source || 'no source')}${link}</div>
    <p class="counts">${plural(dates.length, 'date')} · ${plural(quotes.length, 'quote')} · ${plural(speakers.length, 'speaker')}${tags.length ? ' · tags: ' + escapeHtml(tags.join(', ')) : ''}</p>
    ${speakers.length ? `<h4>Speakers</h4><ul class="doc-speakers">${listItems(speakers, s =>
      `${escapeHtml(s.name)} <span class="meta">${escapeHtml(plural(s.quoteCount || 0, 'quote'))}</span>`)}</ul>` : ''}
    ${quotes.length ? `<h4>Quotes</h4><ul class="doc-quotes">${listItems(quotes, q =>
      `<span class="quote">${escapeHtml(q.text)}</span> — ${escapeHtml(q.speaker || (q.speakerMention && q.speakerMention.text) || 'unattributed')} <span class="meta">${escapeHtml(q.kind)}</span>`)}</ul>` : ''}
    ${dates.length ? `<h4>Dates</h4><ul class="doc-dates">${listItems(dates, d =>
      `${escapeHtml(d.text)} <span class="meta">→ ${escapeHtml(d.value)}</span>`)}</ul>` : ''}
    <h4>Text</h4><div class="doc-text">${escapeHtml(doc.text)}</div>
    <details><summary>raw JSON</summary><pre>${escapeHtml(JSON.stringify(doc, null, 2))}</pre></details>`;
}

function init() {
  chart('chart-throughput', 'line', { scales: { y: { beginAtZero: true } } });
  chart('chart-latency', 'line', { scales: { y: { beginAtZero: true } }, spanGaps: true });
  chart('chart-lag', 'bar', { scales: { y: { beginAtZero: true } } });
  chart('chart-failures', 'bar', { indexAxis: 'y', scales: { x: { beginAtZero: true } }, plugins: { legend: { display: false } } });
  chart('chart-enrichers', 'bar', { scales: { y: { beginAtZero: true } }, plugins: { legend: { display: false } } });
  chart('chart-found', 'bar', { scales: { y: { beginAtZero: true } }, plugins: { legend: { display: false } } });
  chart('chart-documents', 'bar', { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { display: false } } });
  chart('chart-speakers', 'bar', { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { display: false } } });
  chart('chart-tags', 'bar', { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { display: false } } });
  chart('chart-speaker-timeline', 'line', { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } });
  document.getElementById('search-form').addEventListener('submit', e => {
    e.preventDefault();
    const q = document.getElementById('search-q').value.trim();
    if (q) search(q);
  });
  document.getElementById('search-results').addEventListener('click', e => {
    const a = e.target.closest('a[data-doc-id]');
    // A modified click (new tab, new window) keeps the plain link.
    if (!a || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    showDocument(a.dataset.docId);
  });
  const dialog = document.getElementById('document-view');
  dialog.addEventListener('click', e => { if (e.target === dialog) dialog.close(); }); // a click on the backdrop
  document.getElementById('key-button').addEventListener('click', async () => {
    keyDeclined = false;
    const key = await askForKey(storedKey() ? 'A read key is stored in this browser: enter another one, or forget it.'
      : 'Enter the read key (X-API-Key) of this Sayline.');
    if (key) loadCorpus().catch(e => { document.getElementById('corpus-total').textContent = 'unavailable: ' + e.message; });
  });
  pollPipeline();
  loadCorpus().catch(e => { document.getElementById('corpus-total').textContent = 'unavailable: ' + e.message; });
}
window.saylineCharts = charts;
init();
