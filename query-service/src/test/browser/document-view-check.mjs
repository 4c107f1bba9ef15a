// Opens a search hit of the built-in dashboard in headless Chromium with reads closed: the read
// key is in local storage (as after the dashboard's key dialog), the document is fetched with it and
// shown in the dialog. Saves a screenshot.
//   node document-view-check.mjs <base url> <screenshot dir> <read key> <search words>
// Prints one JSON line with what it found; exits non-zero when the page never shows a document.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './headless-chromium.mjs';

const [base, shots, key, query] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });

const browser = await launchChromium();
const result = { errors: [], refused: [], prompts: 0, documentRequests: [] };
try {
  const page = browser.pages()[0] || await browser.newPage();
  await page.addInitScript(k => localStorage.setItem('sayline.readKey', k), key);
  page.on('pageerror', e => result.errors.push(String(e)));
  page.on('dialog', d => { result.prompts++; d.dismiss(); });
  page.on('response', r => { if (r.status() === 401 || r.status() === 403) result.refused.push(r.status() + ' ' + r.url()); });
  page.on('request', r => {
    if (new URL(r.url()).pathname.startsWith('/documents/')) {
      result.documentRequests.push({ url: r.url(), keyed: r.headers()['x-api-key'] === key });
    }
  });
  await page.goto(base + '/?refresh=60000', { waitUntil: 'load' });
  await page.fill('#search-q', query);
  await page.click('#search-form button');
  await page.waitForFunction(() => document.body.dataset.searchDone === 'true', null, { timeout: 15000 });
  const hit = page.locator('#search-results a[data-doc-id]').first();
  result.clicked = await hit.getAttribute('data-doc-id');
  await hit.click();
  try {
    await page.waitForFunction(() => document.body.dataset.documentShown === 'true', null, { timeout: 15000 });
  } finally {
    result.view = await page.evaluate(() => {
      const view = document.getElementById('document-view');
      return {
        open: view.open,
        location: location.pathname,
        title: document.getElementById('document-title').textContent,
        counts: view.querySelector('.counts')?.textContent ?? null,
        quotes: view.querySelectorAll('.doc-quotes li').length,
        speakers: [...view.querySelectorAll('.doc-speakers li')].map(li => li.textContent),
        text: view.querySelector('.doc-text')?.textContent ?? null,
        error: view.querySelector('.error')?.textContent ?? null,
      };
    });
    await page.screenshot({ path: join(shots, 'dashboard-document.png') });
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
