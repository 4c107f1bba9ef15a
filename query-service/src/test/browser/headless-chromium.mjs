// Starts Debian's Chromium headless through playwright-core (found under $PLAYWRIGHT_CORE_DIR, which
// BrowserTools installs), with a fresh profile each run (playwright passes it as --user-data-dir).
// Shared by the browser checks in this folder.
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function launchChromium() {
  const require = createRequire(process.env.PLAYWRIGHT_CORE_DIR + '/');
  const { chromium } = require('playwright-core');
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sayline-chromium-')), {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
