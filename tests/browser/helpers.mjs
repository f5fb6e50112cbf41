// Helpers for the browser tests (see README.md in this folder).
// No dependencies beyond playwright-core (driven by the runner), axe-core's
// pre-built axe.min.js and poppler-utils (pdftotext / pdfinfo) for PDF checks.

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);
const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..', '..');
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
const AXE_PATH = path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** True when `url` leaves the machine (anything but 127.0.0.1/localhost; data:, blob:, about: are local). */
export function isExternalUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return true;
  }
  if (['data:', 'blob:', 'about:', 'javascript:'].includes(u.protocol)) return false;
  return !LOCAL_HOSTS.has(u.hostname);
}

// Runs in the page before any page script, in every frame. Not subject to the page's CSP.
function cspInitScript() {
  if (window.__cspViolations) return;
  window.__cspViolations = [];
  document.addEventListener(
    'securitypolicyviolation',
    (e) => {
      const v = {
        directive: e.effectiveDirective || e.violatedDirective,
        blockedURI: e.blockedURI,
        sourceFile: e.sourceFile,
        line: e.lineNumber,
        sample: e.sample,
        disposition: e.disposition,
      };
      window.__cspViolations.push(v);
      try {
        if (typeof window.__siaeReportCsp === 'function') window.__siaeReportCsp(v);
      } catch {
        /* binding unavailable */
      }
    },
    true,
  );
}

/**
 * Open a page in `context` that records what tests usually want to assert on.
 * `page.records` (live arrays, also survive navigations):
 *   externalRequests: string[]   every request/websocket whose URL is not 127.0.0.1/localhost
 *   consoleErrors:    {text, url}[] console.error messages (favicon.ico 404 noise excluded)
 *   pageErrors:       Error[]     uncaught exceptions / unhandled rejections
 *   cspViolations:    {directive, blockedURI, ...}[] securitypolicyviolation events
 *   cspConsole:       string[]    console messages mentioning "Content Security Policy"
 *   failedRequests:   {url, status|error}[] local requests that failed or got HTTP >= 400
 * @param {import('playwright-core').BrowserContext} context
 * @returns {Promise<import('playwright-core').Page & { records: object }>}
 */
export async function newPage(context) {
  const page = await context.newPage();
  const records = {
    externalRequests: [],
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    cspConsole: [],
    failedRequests: [],
  };
  page.records = records;

  await page.exposeBinding('__siaeReportCsp', (_source, v) => {
    records.cspViolations.push(v);
  });
  await page.addInitScript(cspInitScript);

  page.on('request', (req) => {
    if (isExternalUrl(req.url())) records.externalRequests.push(req.url());
  });
  page.on('websocket', (ws) => {
    if (isExternalUrl(ws.url())) records.externalRequests.push(ws.url());
  });
  page.on('requestfailed', (req) => {
    if (!isExternalUrl(req.url())) {
      records.failedRequests.push({ url: req.url(), error: req.failure()?.errorText });
    }
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !isExternalUrl(res.url())) {
      records.failedRequests.push({ url: res.url(), status: res.status() });
    }
  });
  page.on('pageerror', (err) => records.pageErrors.push(err));
  page.on('console', (msg) => {
    const text = msg.text();
    const url = msg.location()?.url || '';
    if (/Content Security Policy/i.test(text)) records.cspConsole.push(text);
    if (msg.type() !== 'error') return;
    // Headless Chromium fetches /favicon.ico on its own; its 404 is browser noise.
    if (/\/favicon\.ico$/.test(url) && /Failed to load resource/.test(text)) return;
    records.consoleErrors.push({ text, url });
  });
  return page;
}

/** CSP violations recorded for `page` (binding events plus what is still in window.__cspViolations). */
export async function cspViolations(page) {
  const fromBinding = page.records?.cspViolations ?? [];
  let inPage = [];
  try {
    inPage = await page.evaluate(() => window.__cspViolations || []);
  } catch {
    /* page closed / navigating */
  }
  return fromBinding.length >= inPage.length ? fromBinding : inPage;
}

/**
 * Assert that `page` (opened with newPage) saw no external request, page error,
 * console error or CSP violation. Throws an Error listing everything found.
 * @param {object} page
 * @param {{ allowConsole?: RegExp, allowExternal?: RegExp }} [opts]
 */
export async function assertClean(page, { allowConsole, allowExternal } = {}) {
  const r = page.records;
  if (!r) throw new Error('assertClean: page was not opened with newPage()');
  const problems = [];
  const ext = r.externalRequests.filter((u) => !(allowExternal && allowExternal.test(u)));
  if (ext.length) problems.push(`external requests:\n    ${ext.join('\n    ')}`);
  if (r.pageErrors.length) {
    problems.push(`page errors:\n    ${r.pageErrors.map((e) => e.stack || e.message).join('\n    ')}`);
  }
  const cons = r.consoleErrors.filter((m) => !(allowConsole && allowConsole.test(m.text)));
  if (cons.length) {
    problems.push(`console errors:\n    ${cons.map((m) => `${m.text}${m.url ? ` (${m.url})` : ''}`).join('\n    ')}`);
  }
  const csp = await cspViolations(page);
  if (csp.length || r.cspConsole.length) {
    problems.push(
      `CSP violations:\n    ${[
        ...csp.map((v) => `${v.directive} blocked ${v.blockedURI || '(inline)'} ${v.sourceFile || ''}:${v.line ?? ''}`),
        ...r.cspConsole,
      ].join('\n    ')}`,
    );
  }
  if (problems.length) throw new Error(`page is not clean:\n  ${problems.join('\n  ')}`);
}

let axeSource;

/**
 * Run axe-core (WCAG 2.0/2.1 A + AA) on `page` and return the violations.
 * axe is injected with page.evaluate(source) — a CDP evaluation, which the page's
 * CSP does not block (unlike addScriptTag). Open shadow roots are audited by axe
 * by default; to target an element inside one, use
 * `include: { fromShadowDom: ['#host', '.inner'] }`.
 * @param {import('playwright-core').Page} page
 * @param {{ include?: any, exclude?: any, tags?: string[], rules?: object, disableRules?: string[] }} [opts]
 * @returns {Promise<Array<{ id, impact, help, helpUrl, description, nodes }>>}
 */
export async function runAxe(page, { include, exclude, tags = AXE_TAGS, rules, disableRules = [] } = {}) {
  axeSource ??= await readFile(AXE_PATH, 'utf8');
  // Inject into every frame so axe can also audit iframes.
  for (const frame of page.frames()) {
    try {
      const has = await frame.evaluate(() => typeof window.axe === 'object');
      if (!has) await frame.evaluate(axeSource);
    } catch {
      /* detached or inaccessible frame */
    }
  }
  const context = include || exclude ? { ...(include ? { include } : {}), ...(exclude ? { exclude } : {}) } : null;
  const options = {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
    rules: { ...(rules || {}), ...Object.fromEntries(disableRules.map((id) => [id, { enabled: false }])) },
  };
  const violations = await page.evaluate(
    async ({ context, options }) => {
      const res = context ? await window.axe.run(context, options) : await window.axe.run(document, options);
      return res.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        description: v.description,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
      }));
    },
    { context, options },
  );
  return violations;
}

/** Human-readable list of axe violations (id, impact, help, targets). */
export function formatViolations(violations) {
  if (!violations.length) return 'no axe violations';
  return violations
    .map((v) => {
      const targets = v.nodes
        .map((n) => `      - ${JSON.stringify(n.target)}  ${n.html.replace(/\s+/g, ' ').slice(0, 160)}`)
        .join('\n');
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${targets}`;
    })
    .join('\n');
}

/** Throw if axe finds any violation (message lists them all). */
export async function assertNoAxeViolations(page, opts) {
  const violations = await runAxe(page, opts);
  if (violations.length) {
    throw new Error(`${violations.length} axe violation(s):\n${formatViolations(violations)}`);
  }
}

async function withTempPdf(buffer, fn) {
  const dir = await mkdtemp(path.join(tmpdir(), 'siae-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  try {
    await writeFile(file, buffer);
    return await fn(file);
  } catch (err) {
    if (err.code === 'ENOENT' && err.path && !err.path.includes(dir)) {
      throw new Error(`${err.path} not found — install poppler-utils (apt-get install -y poppler-utils)`);
    }
    throw err;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Text of a PDF (Buffer/Uint8Array) via `pdftotext -layout`. Pages are separated by "\f". */
export function pdfText(buffer) {
  return withTempPdf(buffer, async (file) => {
    const { stdout } = await execFileP('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  });
}

/**
 * Text of a PDF in content order (`pdftotext -raw`): a table cell wrapped over two
 * lines stays one run of words, unlike -layout which interleaves the columns.
 */
export function pdfTextRaw(buffer) {
  return withTempPdf(buffer, async (file) => {
    const { stdout } = await execFileP('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  });
}

/** Number of pages of a PDF via `pdfinfo`. */
export function pdfPageCount(buffer) {
  return withTempPdf(buffer, async (file) => {
    const { stdout } = await execFileP('pdfinfo', [file]);
    const m = /^Pages:\s+(\d+)/m.exec(stdout);
    if (!m) throw new Error(`pdfinfo: no page count in output:\n${stdout}`);
    return Number(m[1]);
  });
}

/** Safe file name fragment. */
export function slug(s) {
  return String(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-zA-Z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100) || 'test';
}

/** Full-page screenshot into test-results/<name>.png; returns the path. */
export async function screenshot(page, name) {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${slug(name)}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
