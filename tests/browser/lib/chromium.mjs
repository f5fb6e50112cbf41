// Finding and launching the system Chromium (Debian's package; Playwright's
// downloaded browsers are not used).

import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage', // Docker's 64 MB /dev/shm makes Chromium crash on big pages
  // Nothing but the local server resolves: an accidental CDN/font/analytics call fails
  // fast (and is still recorded by newPage() as an external request).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? null;
}

/** Where findChromium() looked, for the skip banner. */
export function chromiumSearchDescription(env = process.env) {
  return env.CHROMIUM_PATH
    ? `CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist`
    : 'looked for /usr/bin/chromium and /usr/bin/chromium-browser';
}

// Loud on purpose: a silent skip would pass off unverified a11y/CSP/privacy checks as green.
export function skipBanner(reason) {
  const line = '!'.repeat(72);
  return [
    '',
    line,
    '!!!',
    '!!!  BROWSER TESTS SKIPPED: chromium not found; install with apt-get install -y chromium',
    `!!!  (${reason}; or point CHROMIUM_PATH at a Chromium/Chrome binary)`,
    '!!!',
    '!!!  No browser test ran: accessibility, CSP, zero-external-request and',
    '!!!  end-to-end checks were NOT verified.',
    '!!!',
    line,
    '',
  ].join('\n');
}

/**
 * A function that launches Chromium at `executablePath` (headed when HEADED is set,
 * which needs a display); called again if a test crashed the browser.
 */
export async function chromiumLauncher(executablePath) {
  // Imported only once a browser is known to exist, so --list and the skip path
  // work without loading Playwright.
  const { chromium } = await import('playwright-core');
  return () => chromium.launch({ executablePath, headless: !process.env.HEADED, args: CHROMIUM_ARGS });
}
