/**
 * Debian's Chromium for page tests (never a downloaded browser). Where it is missing the page suites are
 * skipped with a message, except under .ci/run (REQUIRE_SERVICES=1), which installs it and must run them.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (p): p is string => typeof p === 'string' && p.length > 0,
);

export const chromiumPath = candidates.find((p) => fs.existsSync(p)) ?? null;
export const requireServices = process.env.REQUIRE_SERVICES === '1';

if (!chromiumPath) {
  const message = 'Chromium not found (apt-get install chromium): page tests skipped';
  if (requireServices) throw new Error(`${message} — but REQUIRE_SERVICES=1`);
  process.stderr.write(`${message}\n`);
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath!,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
