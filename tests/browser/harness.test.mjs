// Self-tests of the harness (helpers.mjs): they do not depend on the UI, so a red
// result here means the tooling is broken, not the widget.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';

test.skip(({ browserName }) => browserName === 'firefox', "self-tests of the helpers (recording, axe, pdftotext of Chromium's page.pdf): run once, in Chromium");

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

/** Serve `html` at `${baseUrl}/__harness/<name>` from the test itself (no file in dist needed). */
async function fakePage(page, baseUrl, name, html, headers = {}) {
  const url = `${baseUrl}/__harness/${name}`;
  await page.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: html }),
  );
  return url;
}

test('newPage records external requests, console errors, page errors and CSP violations', async ({ baseUrl, newPage, assertClean, cspViolations }) => {
  const page = await newPage();
  const url = await fakePage(
    page,
    baseUrl,
    'dirty.html',
    `<!doctype html><html lang="fr"><head><title>t</title>
     <style>p{color:red}</style>
     <script>console.error('boom-console'); setTimeout(() => { throw new Error('boom-page'); });</script>
     </head><body><img alt="" src="https://cdn.example.com/x.png"></body></html>`,
    { 'Content-Security-Policy': CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'") },
  );
  await page.goto(url);
  await page.waitForTimeout(300);
  const r = page.records;
  assert.deepEqual(r.externalRequests, ['https://cdn.example.com/x.png']);
  assert.ok(r.consoleErrors.some((m) => m.text.includes('boom-console')), 'console error recorded');
  assert.ok(r.pageErrors.some((e) => e.message.includes('boom-page')), 'page error recorded');
  const csp = await cspViolations(page);
  assert.ok(csp.some((v) => v.directive.startsWith('style-src')), `CSP violation recorded: ${JSON.stringify(csp)}`);
  assert.ok(r.cspConsole.length > 0, 'CSP console message recorded');
  await assert.rejects(assertClean(page), /external requests[\s\S]*page errors[\s\S]*console errors[\s\S]*CSP/);
});

test('runAxe injects under a strict CSP and audits inside open shadow roots', async ({ baseUrl, newPage, axe, assertClean }) => {
  const page = await newPage();
  const url = await fakePage(
    page,
    baseUrl,
    'shadow.html',
    `<!doctype html><html lang="fr"><head><title>t</title></head>
     <body><main><h1>Titre</h1><div id="host"></div></main></body></html>`,
    { 'Content-Security-Policy': CSP },
  );
  await page.goto(url);
  // Built from the test side: the page itself may not run inline script.
  await page.evaluate(() => {
    const root = document.getElementById('host').attachShadow({ mode: 'open' });
    root.innerHTML = '<img width="10" height="10"><button></button>';
  });
  const violations = await axe(page);
  const ids = violations.map((v) => v.id).sort();
  assert.deepEqual(ids, ['button-name', 'image-alt']);
  const img = violations.find((v) => v.id === 'image-alt');
  // A target inside a shadow root is reported as [hostSelector, innerSelector].
  assert.deepEqual(img.nodes[0].target, [['#host', 'img']]);
  const scoped = await axe(page, { include: { fromShadowDom: ['#host', 'button'] } });
  assert.deepEqual(scoped.map((v) => v.id), ['button-name']);
  await assertClean(page); // axe injection itself caused no CSP violation
});

test('pdfText and pdfPageCount read a PDF printed by Chromium', async ({ newPage, pdfText, pdfPageCount }) => {
  const page = await newPage();
  await page.setContent(
    `<html lang="fr"><body><h1>Diagnostic numérique</h1>
     <p style="break-after: page">Page un</p><p>Page deux — résultats</p></body></html>`,
  );
  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(await pdfPageCount(pdf), 2);
  const text = await pdfText(pdf);
  assert.match(text, /Diagnostic numérique/);
  assert.match(text, /Page deux — résultats/);
  assert.equal(text.split('\f').filter((p) => p.trim()).length, 2);
});
