// Page recording: what a page requested, logged and had blocked, and the usual
// end-of-test verdict on it (nothing left the machine, threw, or was blocked by the CSP).

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
