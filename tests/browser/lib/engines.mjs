// The three engines, as Debian installs them (no browser downloaded by a tool): where
// each one is, and the loud banner printed when one is missing. See BROWSERS.md in
// ../shared/notes for what each can and cannot do.

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

const firstExisting = (paths) => paths.find((p) => existsSync(p)) ?? null;

/** Each engine: the binaries it needs (an env variable overrides the first), and how to install them. */
export const ENGINES = {
  chromium: {
    paths: () => [process.env.CHROMIUM_PATH ?? firstExisting(['/usr/bin/chromium', '/usr/bin/chromium-browser'])],
    install: 'apt-get install -y chromium (or point CHROMIUM_PATH at a Chromium/Chrome binary)',
  },
  firefox: {
    paths: () => [process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'],
    install: 'apt-get install -y firefox-esr (or point FIREFOX_PATH at a Firefox binary)',
  },
  webkit: {
    paths: () => [
      process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
      process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/bin/xvfb-run',
    ],
    install: 'apt-get install -y webkit2gtk-driver xvfb xauth',
  },
};

/** The binaries of `engine`, or null with what is missing. */
export function findEngine(engine) {
  const paths = ENGINES[engine].paths();
  const missing = paths.filter((p) => !p || !existsSync(p));
  return missing.length ? { missing } : { paths };
}

export const findChromium = () => findEngine('chromium').paths?.[0] ?? null;

/** Debian's Chromium, headless, with the suite's flags: for the measuring scripts (bench, profile, heights). */
export async function launchChromium() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found (CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser).');
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

// Loud on purpose: a silent skip would pass off unverified a11y/CSP/privacy checks as green.
export function skipBanner(engine, missing) {
  const line = '!'.repeat(72);
  return [
    '',
    line,
    '!!!',
    `!!!  BROWSER TESTS SKIPPED IN ${engine.toUpperCase()}: not found: ${missing.map((p) => p ?? '(no binary)').join(', ')}`,
    `!!!  install with ${ENGINES[engine].install}`,
    '!!!',
    `!!!  No browser test ran in ${engine}: accessibility, CSP, zero-external-request and`,
    '!!!  end-to-end checks were NOT verified there.',
    '!!!',
    line,
    '',
  ].join('\n');
}
