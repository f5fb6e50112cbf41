#!/usr/bin/env node
// Time to first question of the embed (issue 4), in headless Chromium. A report,
// not a test: it prints numbers and exits 0 (CI does not run it). After `npm run build`:
//
//   node scripts/bench.mjs             10 runs
//   node scripts/bench.mjs --runs 30   more runs
//   node scripts/bench.mjs --json      results as JSON
//
// The page (served from memory beside dist/, same origin) is:
//
//   <link rel="preload" href="/embed.js" as="script">       so t0 is not network time
//   <siae-diagnostic storage-key="bench"></siae-diagnostic>
//   <script src="/__bench/mark.js"></script>                performance.mark('siae-script-start')
//   <script src="/embed.js"></script>
//
// mark.js also starts a watcher in the page: a MessageChannel loop (one check per
// task, no timer clamping) that looks into the element's shadow root.
//   t_button   = first check that finds the start button (.sd-button) rendered
//   the watcher then clicks it at once, in the page (no round trip to Node)
//   t_question = first check that finds a radio of the profile step present,
//                enabled and laid out
// Reported, relative to siae-script-start (performance.now() in the page):
//   "script start → start button"  and  "script start → first question interactive".
// Each run uses a fresh browser context (empty storage) and a fresh page.

import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser/run.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const TARGET_MS = 50;

const PAGE = `<!doctype html>
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
const MARK = `performance.mark('siae-script-start');
(function () {
  var channel = new MessageChannel();
  var clicked = false;
  var done = false;
  function root() {
    var el = document.querySelector('siae-diagnostic');
    return el && el.shadowRoot;
  }
  channel.port1.onmessage = function () {
    if (done) return;
    var r = root();
    if (!clicked) {
      var button = r && r.querySelector('.sd-button');
      if (button) {
        performance.mark('siae-start-button');
        clicked = true;
        button.click();
      }
    } else {
      var radio = r && r.querySelector('input[type="radio"]');
      if (radio && radio.isConnected && !radio.disabled && radio.getClientRects().length > 0) {
        performance.mark('siae-first-question');
        done = true;
        return;
      }
    }
    channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
})();
`;

function parseArgs(argv) {
  const out = { runs: 10, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') out.json = true;
    else if (a === '--runs') out.runs = Number(argv[++i]);
    else if (a.startsWith('--runs=')) out.runs = Number(a.slice(7));
  }
  if (!Number.isInteger(out.runs) || out.runs < 1) throw new Error('--runs must be a positive integer');
  return out;
}

/** Nearest-rank percentile of sorted numbers. */
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p90: percentile(sorted, 90), min: sorted[0], max: sorted[sorted.length - 1] };
}

async function oneRun(browser, url) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
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
      const at = (name) => performance.getEntriesByName(name)[0].startTime;
      const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/embed.js'));
      const t0 = at('siae-script-start');
      // Execution of embed.js cannot start before it is downloaded: time spent
      // waiting for the last bytes after t0 is reported apart.
      const wait = script ? Math.max(0, script.responseEnd - t0) : 0;
      return {
        button: at('siae-start-button') - t0,
        question: at('siae-first-question') - t0,
        downloadWait: wait,
      };
    });
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return m;
  } finally {
    await context.close();
  }
}

async function main(argv) {
  const opts = parseArgs(argv);
  if (!existsSync(path.join(DIST, 'embed.js'))) {
    console.error('bench: dist/embed.js is missing: run `npm run build` first.');
    return 1;
  }
  const executablePath = findChromium();
  if (!executablePath) {
    console.error('bench: Chromium not found (CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser).');
    return 1;
  }
  const { chromium } = await import('playwright-core');
  const server = await startServer({ root: DIST, port: 0 });
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const runs = [];
  try {
    for (let i = 0; i < opts.runs; i++) runs.push(await oneRun(browser, server.url));
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }

  const button = stats(runs.map((r) => r.button));
  const question = stats(runs.map((r) => r.question));
  const questionAfterDownload = stats(runs.map((r) => r.question - r.downloadWait));
  const result = {
    chromium: browser.version(),
    runs: runs.length,
    targetMs: TARGET_MS,
    scriptStartToStartButton: button,
    scriptStartToFirstQuestion: question,
    downloadedToFirstQuestion: questionAfterDownload,
    firstRun: runs[0],
    all: runs,
  };
  if (opts.json) {
    console.log(JSON.stringify(result, null, 2));
    return 0;
  }
  const ms = (v) => `${v.toFixed(1)} ms`.padStart(9);
  console.log(`embed.js in headless Chromium ${result.chromium}, ${runs.length} runs (fresh context and page each)\n`);
  console.log('run   start button   first question   (of which waiting for embed.js bytes)');
  runs.forEach((r, i) => console.log(`${String(i + 1).padStart(3)}   ${ms(r.button)}      ${ms(r.question)}      ${ms(r.downloadWait)}`));
  console.log('');
  console.log(`                                            median      p90      min      max`);
  for (const [label, s] of [
    ['script start → start button               ', button],
    ['script start → first question interactive ', question],
    ['  same, without waiting for embed.js bytes', questionAfterDownload],
  ]) {
    console.log(`${label} ${ms(s.median)} ${ms(s.p90)} ${ms(s.min)} ${ms(s.max)}`);
  }
  console.log(
    `\nTarget: first question interactive under ${TARGET_MS} ms: ${question.median < TARGET_MS ? 'met' : 'NOT met'} (median ${question.median.toFixed(1)} ms). This is a report; it does not fail.`,
  );
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
