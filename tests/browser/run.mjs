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
//
// The parts live in lib/ (discover, chromium, runTest); this file is the command and
// keeps re-exporting what other scripts import from it.

import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';
import { REPO_ROOT, RESULTS_DIR } from './lib/results.mjs';
import { TestLoadError, selectTests } from './lib/discover.mjs';
import { chromiumLauncher, chromiumSearchDescription, findChromium, skipBanner } from './lib/chromium.mjs';
import { indent, runTest } from './lib/runTest.mjs';

export { CHROMIUM_ARGS, findChromium, skipBanner } from './lib/chromium.mjs';
export { DEFAULT_CONTEXT_OPTIONS } from './lib/runTest.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.join(REPO_ROOT, 'dist');

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
  let selected;
  try {
    selected = await selectTests(HERE, filters);
  } catch (err) {
    if (!(err instanceof TestLoadError)) throw err;
    console.error(`✗ ${err.file}: failed to load\n${indent(err.cause.stack || err.cause)}`);
    return 1;
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
    console.error(skipBanner(chromiumSearchDescription()));
    if (isCI) {
      console.error('CI=true: a missing browser is a failure.');
      return 1;
    }
    return 0;
  }

  const launchChromium = await chromiumLauncher(executablePath);
  await mkdir(RESULTS_DIR, { recursive: true });
  const server = await startServer({ root: DIST, port: 0 });
  let browser;
  let passed = 0;
  let failed = 0;
  try {
    browser = await launchChromium();
    console.log(`Browser tests: ${selected.length} test(s), Chromium ${browser.version()}, ${server.url}\n`);

    let currentFile;
    for (const t of selected) {
      if (t.file !== currentFile) {
        currentFile = t.file;
        console.log(currentFile);
      }
      // A test that crashes the browser must not take every later test down with it.
      if (!browser.isConnected()) browser = await launchChromium();
      if (await runTest(t, { browser, baseUrl: server.url })) passed++;
      else failed++;
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
