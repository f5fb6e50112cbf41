// Running one test: a fresh browser context, the `fn` argument, the timeout, and the
// ✓/✗ report (with screenshots of its pages when it fails).

import path from 'node:path';
import { REPO_ROOT, RESULTS_DIR, screenshot } from './results.mjs';
import { assertClean, cspViolations, newPage } from './records.mjs';
import { assertNoAxeViolations, formatViolations, runAxe } from './axe.mjs';
import { pdfPageCount, pdfText } from './pdf.mjs';

const DEFAULT_TIMEOUT = Number(process.env.BROWSER_TEST_TIMEOUT) || 30_000;

/** Default options of the fresh context each test gets (override with test.contextOptions). */
export const DEFAULT_CONTEXT_OPTIONS = {
  locale: 'fr-FR',
  timezoneId: 'Europe/Paris',
  viewport: { width: 1280, height: 800 },
  acceptDownloads: true,
};

export function withTimeout(promise, ms, onTimeout) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new Error(`timed out after ${ms} ms`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function indent(s, pad = '    ') {
  return String(s)
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

/** What a test's `fn` receives (see README.md, "What fn receives"). */
function testArgs(t, { browser, context, baseUrl, shotName }) {
  return {
    browser,
    context,
    baseUrl,
    newPage: () => newPage(context),
    axe: (page, opts) => runAxe(page, opts),
    runAxe,
    assertNoAxeViolations,
    formatViolations,
    assertClean,
    cspViolations,
    pdfText,
    pdfPageCount,
    screenshot: (page, name = shotName) => screenshot(page, name),
    resultsDir: RESULTS_DIR,
    test: { name: t.name, file: t.file },
  };
}

async function screenshotPages(context, shotName) {
  const pages = context.pages();
  for (let i = 0; i < pages.length; i++) {
    try {
      const file = await withTimeout(
        screenshot(pages[i], `FAILED--${shotName}${pages.length > 1 ? `--${i + 1}` : ''}`),
        5_000,
      );
      console.log(`    screenshot: ${path.relative(REPO_ROOT, file)}`);
    } catch {
      /* page crashed or closed */
    }
  }
}

/**
 * Run test `t` (with its relative `file`) in a new context of `browser` and print its
 * result line. Resolves to true when it passed; rejects only if no context could be made.
 */
export async function runTest(t, { browser, baseUrl }) {
  const context = await browser.newContext({ ...DEFAULT_CONTEXT_OPTIONS, ...(t.contextOptions || {}) });
  const ms = t.timeout ?? DEFAULT_TIMEOUT;
  // A stuck wait then fails with Playwright's message naming what it waited for,
  // rather than with the bare test timeout.
  context.setDefaultTimeout(Math.min(10_000, ms));
  const shotName = `${path.basename(t.file, '.test.mjs')}--${t.name}`;
  const args = testArgs(t, { browser, context, baseUrl, shotName });
  const start = performance.now();
  let timedOut = false;
  try {
    await withTimeout(Promise.resolve().then(() => t.fn(args)), ms, () => {
      timedOut = true;
    });
    console.log(`  ✓ ${t.name} (${Math.round(performance.now() - start)} ms)`);
    return true;
  } catch (err) {
    console.log(`  ✗ ${t.name} (${Math.round(performance.now() - start)} ms)`);
    console.log(indent(err?.stack || err));
    await screenshotPages(context, shotName);
    if (timedOut) console.log('    (the test kept running past its timeout; its context was closed)');
    return false;
  } finally {
    await withTimeout(context.close(), 10_000).catch(() => {});
  }
}
