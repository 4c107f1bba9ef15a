// Opens the built-in dashboard in headless Chromium with reads closed and no key stored: the key
// dialog must open once for all the panels loading together; a wrong key asks again; the right
// key loads every panel and is kept; "Read key" → "Forget the stored key" removes it.
//   node read-key-check.mjs <base url> <screenshot dir> <read key>
// Prints one JSON line with what it found.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './headless-chromium.mjs';

const [base, shots, key] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });

const browser = await launchChromium();
const result = { errors: [], nativeDialogs: 0, steps: {} };
const state = page => page.evaluate(() => ({
  open: document.getElementById('key-dialog').open,
  asked: Number(document.body.dataset.keyAsked || 0),
  message: document.getElementById('key-message').textContent,
  stored: localStorage.getItem('sayline.readKey'),
  corpusReady: document.body.dataset.corpusReady === 'true',
  pipelineReady: document.body.dataset.pipelineReady === 'true',
  corpus: document.getElementById('corpus-total').textContent,
}));
const dialogOpen = page => page.waitForFunction(() => document.getElementById('key-dialog').open, null, { timeout: 15000 });
try {
  const page = browser.pages()[0] || await browser.newPage();
  page.on('pageerror', e => result.errors.push(String(e)));
  page.on('dialog', d => { result.nativeDialogs++; d.dismiss(); });
  // Pipeline polls every second, so several refused reads meet the open dialog.
  await page.goto(base + '/?refresh=1000', { waitUntil: 'load' });
  await dialogOpen(page);
  await page.waitForTimeout(2500);
  result.steps.first = await state(page);
  await page.screenshot({ path: join(shots, 'dashboard-read-key.png') });

  await page.fill('#key-input', 'not-the-key');
  await page.click('#key-dialog button[value=save]');
  await page.waitForFunction(() => Number(document.body.dataset.keyAsked) >= 2 && document.getElementById('key-dialog').open,
    null, { timeout: 15000 });
  result.steps.wrongKey = await state(page);

  await page.fill('#key-input', key);
  await page.press('#key-input', 'Enter');
  await page.waitForFunction(() => document.body.dataset.corpusReady === 'true' && document.body.dataset.pipelineReady === 'true',
    null, { timeout: 20000 });
  await page.waitForTimeout(2500); // further polls use the stored key without asking
  result.steps.rightKey = await state(page);

  await page.click('#key-button');
  await dialogOpen(page);
  await page.click('#key-dialog button[value=forget]');
  // the dialog's close event comes as a task after the click
  await page.waitForFunction(() => localStorage.getItem('sayline.readKey') === null, null, { timeout: 5000 }).catch(() => {});
  result.steps.forgotten = await state(page);
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
