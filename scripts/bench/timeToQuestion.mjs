// Time to first question in headless Chromium, shared by `bench.mjs` (the real
// embed) and `floor.mjs` (the smallest widget the given stack allows).
//
// The page (served from memory beside the script, same origin) is:
//
//   <link rel="preload" href="/embed.js" as="script">       so t0 is not network time
//   <siae-diagnostic storage-key="bench"></siae-diagnostic>
//   <script src="/__bench/mark.js"></script>                performance.mark('siae-script-start')
//   <script src="/embed.js"></script>
//
// mark.js also starts a watcher in the page: a MessageChannel loop (one check per
// task, no timer clamping) that looks into the element's shadow root.
//   t_question = first check that finds a radio of a question (in a fieldset)
//                present, enabled and laid out
//   t_button   = first check that finds the start button (.sd-button) while no
//                question is shown yet; the watcher then clicks it at once, in
//                the page (no round trip to Node)
// Both are relative to siae-script-start (performance.now() in the page).
// Each run uses a fresh browser context (empty storage) and a fresh page.

import { startServer } from '../preview.mjs';
import { launchChromium } from '../../tests/browser/lib/engines.mjs';

export const PAGE = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <title>Bench – Diagnostic numérique SIAE</title>
    <link rel="preload" href="/embed.js" as="script" />
  </head>
  <body>
    <siae-diagnostic storage-key="bench"></siae-diagnostic>
    <script src="/__bench/mark.js"></script>
    <script src="/embed.js"></script>
  </body>
</html>`;

// Runs in the page, right before embed.js.
export const MARK = `performance.mark('siae-script-start');
(function () {
  var channel = new MessageChannel();
  var clicked = false;
  function root() {
    var el = document.querySelector('siae-diagnostic');
    return el && el.shadowRoot;
  }
  channel.port1.onmessage = function () {
    var r = root();
    var radio = r && r.querySelector('fieldset input[type="radio"]');
    if (radio && radio.isConnected && !radio.disabled && radio.getClientRects().length > 0) {
      performance.mark('siae-first-question');
      return;
    }
    var button = !clicked && r && r.querySelector('.sd-button');
    if (button) {
      performance.mark('siae-start-button');
      clicked = true;
      button.click();
    }
    channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
})();
`;

/** Nearest-rank percentile of sorted numbers. */
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p90: percentile(sorted, 90), min: sorted[0], max: sorted[sorted.length - 1] };
}

async function oneRun(browser, url, cpu = 1) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    // A mid-range phone: the CPU slowed through the DevTools protocol.
    if (cpu > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(`${url}/__bench/**`, (route) => {
      const isMark = route.request().url().endsWith('/mark.js');
      return route.fulfill({
        contentType: isMark ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
        body: isMark ? MARK : PAGE,
      });
    });
    await page.goto(`${url}/__bench/index.html`);
    await page.waitForFunction(() => performance.getEntriesByName('siae-first-question').length > 0, null, { timeout: 15_000 });
    const m = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
      const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/embed.js'));
      const t0 = at('siae-script-start');
      const button = at('siae-start-button');
      // Execution of embed.js cannot start before it is downloaded: time spent
      // waiting for the last bytes after t0 is reported apart.
      return {
        button: button === undefined ? null : button - t0,
        question: at('siae-first-question') - t0,
        downloadWait: script ? Math.max(0, script.responseEnd - t0) : 0,
      };
    });
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return m;
  } finally {
    await context.close();
  }
}

/**
 * Serves each root (a folder holding an embed.js) and measures `runs` fresh page
 * loads of each, alternating between them so a change of machine load weighs
 * on both alike. Returns the runs by root name.
 */
export async function measureInterleaved({ roots, runs, cpu = 1 }) {
  const servers = Object.fromEntries(await Promise.all(Object.entries(roots).map(async ([name, root]) => [name, await startServer({ root, port: 0 })])));
  const browser = await launchChromium();
  const results = Object.fromEntries(Object.keys(roots).map((name) => [name, []]));
  try {
    for (let i = 0; i < runs; i++) for (const name of Object.keys(roots)) results[name].push(await oneRun(browser, servers[name].url, cpu));
    return { chromium: browser.version(), results };
  } finally {
    await browser.close().catch(() => {});
    await Promise.all(Object.values(servers).map((s) => s.close()));
  }
}

/** Serves `root` (which holds embed.js) and measures `runs` fresh page loads. */
export async function measureRuns({ root, runs }) {
  const server = await startServer({ root, port: 0 });
  const browser = await launchChromium();
  const results = [];
  try {
    for (let i = 0; i < runs; i++) results.push(await oneRun(browser, server.url));
    return { chromium: browser.version(), runs: results };
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
}

export const formatMs = (v) => `${v.toFixed(1)} ms`.padStart(9);
