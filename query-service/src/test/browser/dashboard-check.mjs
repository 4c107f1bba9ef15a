// Loads the built-in dashboard in headless Chromium (Debian's, driven by playwright-core),
// checks that every chart drew data, runs a search and saves screenshots.
//   node dashboard-check.mjs <base url> <screenshot dir> <search words>
// Prints one JSON line with what it found; exits non-zero on the first failed check.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './headless-chromium.mjs';

const [base, shots, query] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });

const CHARTS = ['chart-throughput', 'chart-latency', 'chart-lag', 'chart-failures', 'chart-found',
  'chart-documents', 'chart-speakers', 'chart-tags', 'chart-speaker-timeline'];

const browser = await launchChromium();
const result = { errors: [] };
try {
  const page = browser.pages()[0] || await browser.newPage();
  page.on('pageerror', e => result.errors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') result.errors.push(m.text()); });
  page.on('response', r => { if (r.status() >= 400) result.errors.push(r.status() + ' ' + r.url()); });
  await page.goto(base + '/?refresh=1000', { waitUntil: 'load' });
  // Two pipeline polls at least, so rates have a previous sample.
  try {
    await page.waitForFunction(() => document.body.dataset.pipelineReady === 'true' && document.body.dataset.corpusReady === 'true',
      null, { timeout: 60000 });
  } catch (e) {
    result.failure = String(e);
    result.state = await page.evaluate(() => ({
      pipeline: document.getElementById('pipeline-updated').textContent,
      corpus: document.getElementById('corpus-total').textContent,
    }));
    await page.screenshot({ path: join(shots, 'dashboard-failed.png'), fullPage: true });
    console.log(JSON.stringify(result));
    process.exitCode = 1;
    throw e;
  }
  await page.waitForTimeout(2500);
  result.charts = await page.evaluate(ids => Object.fromEntries(ids.map(id => {
    const c = window.saylineCharts[id];
    const points = c.data.datasets.flatMap(d => d.data).filter(v => v !== null && v !== undefined);
    return [id, { labels: c.data.labels.length, points: points.length, nonZero: points.filter(v => v > 0).length }];
  })), CHARTS);
  result.tiles = await page.$$eval('.tile', ts => Object.fromEntries(ts.map(t => [t.dataset.tile, t.querySelector('.value').textContent])));
  await page.screenshot({ path: join(shots, 'dashboard.png'), fullPage: true });

  await page.fill('#search-q', query);
  await page.click('#search-form button');
  await page.waitForFunction(() => document.body.dataset.searchDone === 'true', null, { timeout: 15000 });
  result.search = await page.evaluate(() => ({
    summary: document.getElementById('search-summary').textContent,
    hits: document.querySelectorAll('#search-results li').length,
    highlighted: document.querySelectorAll('#search-results em').length,
  }));
  await page.locator('#search-results').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'dashboard-search.png'), fullPage: true });
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
