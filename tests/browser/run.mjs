#!/usr/bin/env node
// Minimal browser test runner: Debian's chromium driven by playwright-core against
// dist/ served by scripts/serve.mjs. See tests/browser/README.md.
//
//   node tests/browser/run.mjs              run every tests/browser/**/*.test.mjs
//   node tests/browser/run.mjs journey csp  only tests whose file path or name contains
//                                           "journey" or "csp" (case-insensitive)
//   node tests/browser/run.mjs --list       list tests without running them
//
// Env: CHROMIUM_PATH (browser binary), CI=true (missing browser = failure),
//      BROWSER_TEST_TIMEOUT (ms per test, default 30000), HEADED=1 (needs a display).

import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';
import * as helpers from './helpers.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = helpers.REPO_ROOT;
const DIST = path.join(ROOT, 'dist');
const DEFAULT_TIMEOUT = Number(process.env.BROWSER_TEST_TIMEOUT) || 30_000;

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

/** Default options of the fresh context each test gets (override with test.contextOptions). */
export const DEFAULT_CONTEXT_OPTIONS = {
  locale: 'fr-FR',
  timezoneId: 'Europe/Paris',
  viewport: { width: 1280, height: 800 },
  acceptDownloads: true,
};

export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? null;
}

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

async function findTestFiles(dir) {
  const out = [];
  for (const ent of await readdir(dir, { withFileTypes: true })) {
    if (ent.name === 'node_modules' || ent.name.startsWith('.')) continue;
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) out.push(...(await findTestFiles(p)));
    else if (ent.isFile() && ent.name.endsWith('.test.mjs')) out.push(p);
  }
  return out.sort();
}

/** Load a test file: `export const tests = [...]` and/or `export default (test) => { test(name, fn) }`. */
async function loadTests(file) {
  const mod = await import(pathToFileURL(file).href);
  const tests = [];
  const add = (t, source) => {
    if (!t || typeof t.name !== 'string' || typeof t.fn !== 'function') {
      throw new Error(`${source}: each test needs { name: string, fn: async function }`);
    }
    tests.push(t);
  };
  if (Array.isArray(mod.tests)) mod.tests.forEach((t) => add(t, 'export tests'));
  if (typeof mod.default === 'function') {
    const test = (name, fn, opts = {}) => add({ name, fn, ...opts }, 'default export');
    await mod.default(test);
  }
  if (!Array.isArray(mod.tests) && typeof mod.default !== 'function') {
    throw new Error('no tests exported (export const tests = [...] or a default function)');
  }
  return tests;
}

function withTimeout(promise, ms, onTimeout) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new Error(`timed out after ${ms} ms`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function indent(s, pad = '    ') {
  return String(s)
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

async function main(argv) {
  const flags = argv.filter((a) => a.startsWith('--'));
  const filters = argv.filter((a) => !a.startsWith('--')).map((f) => f.toLowerCase());
  const listOnly = flags.includes('--list');
  const isCI = process.env.CI === 'true' || process.env.CI === '1' || flags.includes('--require-browser');

  if (!existsSync(path.join(DIST, 'index.html'))) {
    console.error('dist/index.html not found — run `npm run build` first.');
    return 1;
  }

  // Collect tests (before looking for the browser so --list always works).
  const files = await findTestFiles(HERE);
  const selected = [];
  for (const file of files) {
    const rel = path.relative(HERE, file);
    let tests;
    try {
      tests = await loadTests(file);
    } catch (err) {
      console.error(`✗ ${rel}: failed to load\n${indent(err.stack || err)}`);
      return 1;
    }
    for (const t of tests) {
      const hay = `${rel} ${t.name}`.toLowerCase();
      if (!filters.length || filters.some((f) => hay.includes(f))) selected.push({ ...t, file: rel });
    }
  }
  if (listOnly) {
    for (const t of selected) console.log(`${t.file} › ${t.name}`);
    console.log(`${selected.length} test(s)`);
    return 0;
  }
  if (!selected.length) {
    console.error(filters.length ? `No browser test matches ${filters.join(', ')}.` : 'No browser tests found.');
    console.log('0 passed, 0 failed');
    return 1;
  }

  const executablePath = findChromium();
  if (!executablePath) {
    const where = process.env.CHROMIUM_PATH
      ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`
      : 'looked for /usr/bin/chromium and /usr/bin/chromium-browser';
    console.error(skipBanner(where));
    if (isCI) {
      console.error('CI=true: a missing browser is a failure.');
      return 1;
    }
    return 0;
  }

  const { chromium } = await import('playwright-core');
  await mkdir(helpers.RESULTS_DIR, { recursive: true });
  const server = await startServer({ root: DIST, port: 0 });
  let browser;
  let passed = 0;
  let failed = 0;
  try {
    browser = await chromium.launch({
      executablePath,
      headless: !process.env.HEADED,
      args: CHROMIUM_ARGS,
    });
    console.log(`Browser tests: ${selected.length} test(s), Chromium ${browser.version()}, ${server.url}\n`);

    let currentFile;
    for (const t of selected) {
      if (t.file !== currentFile) {
        currentFile = t.file;
        console.log(currentFile);
      }
      if (!browser.isConnected()) {
        browser = await chromium.launch({ executablePath, headless: !process.env.HEADED, args: CHROMIUM_ARGS });
      }
      const context = await browser.newContext({ ...DEFAULT_CONTEXT_OPTIONS, ...(t.contextOptions || {}) });
      const ms = t.timeout ?? DEFAULT_TIMEOUT;
      context.setDefaultTimeout(Math.min(10_000, ms));
      const shotName = `${path.basename(t.file, '.test.mjs')}--${t.name}`;
      const ctx = {
        browser,
        context,
        baseUrl: server.url,
        newPage: () => helpers.newPage(context),
        axe: (page, opts) => helpers.runAxe(page, opts),
        runAxe: helpers.runAxe,
        assertNoAxeViolations: helpers.assertNoAxeViolations,
        formatViolations: helpers.formatViolations,
        assertClean: helpers.assertClean,
        cspViolations: helpers.cspViolations,
        pdfText: helpers.pdfText,
        pdfPageCount: helpers.pdfPageCount,
        screenshot: (page, name = shotName) => helpers.screenshot(page, name),
        resultsDir: helpers.RESULTS_DIR,
        test: { name: t.name, file: t.file },
      };
      const start = performance.now();
      let timedOut = false;
      try {
        await withTimeout(Promise.resolve().then(() => t.fn(ctx)), ms, () => {
          timedOut = true;
        });
        passed++;
        console.log(`  ✓ ${t.name} (${Math.round(performance.now() - start)} ms)`);
      } catch (err) {
        failed++;
        console.log(`  ✗ ${t.name} (${Math.round(performance.now() - start)} ms)`);
        console.log(indent(err?.stack || err));
        // Screenshot every open page of the failed test.
        const pages = context.pages();
        for (let i = 0; i < pages.length; i++) {
          try {
            const file = await withTimeout(
              helpers.screenshot(pages[i], `FAILED--${shotName}${pages.length > 1 ? `--${i + 1}` : ''}`),
              5_000,
            );
            console.log(`    screenshot: ${path.relative(ROOT, file)}`);
          } catch {
            /* page crashed or closed */
          }
        }
        if (timedOut) console.log('    (the test kept running past its timeout; its context was closed)');
      } finally {
        await withTimeout(context.close(), 10_000).catch(() => {});
      }
    }
  } catch (err) {
    failed++;
    console.error(`\nBrowser test run aborted:\n${indent(err?.stack || err)}`);
  } finally {
    await browser?.close().catch(() => {});
    await server.close();
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
