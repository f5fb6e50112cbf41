// Nothing leaves the machine (issue 4): no request other than to the local
// server on any demo page, even while answering; no cookie; one global only.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './helpers.mjs';
import { test } from './fixtures.mjs';
import { lateLoaded } from './flows.mjs';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function demoPages() {
  try {
    return readdirSync(path.join(REPO_ROOT, 'dist', 'demo')).filter((n) => n.endsWith('.html')).sort();
  } catch {
    return [];
  }
}

/** Every request URL the page makes (all frames, workers included), recorded from before navigation. */
function recordAll(page) {
  const urls = [];
  page.on('request', (req) => urls.push(req.url()));
  page.on('websocket', (ws) => urls.push(ws.url()));
  return urls;
}

function nonLoopback(urls) {
  return urls.filter((u) => {
    const { protocol, hostname } = new URL(u);
    if (['data:', 'blob:', 'about:'].includes(protocol)) return false;
    return !LOOPBACK.has(hostname);
  });
}

/**
 * In each widget (element or mount() target) of the page or its frames: start,
 * answer one question, type a name, next. By CSS classes, so any language works.
 */
async function useEveryWidget(page) {
  const targets = [page.locator('siae-diagnostic'), page.locator('#diagnostic-js')];
  for (const frame of page.frames().slice(1)) targets.push(frame.locator('#siae-diagnostic'));
  let used = 0;
  for (const group of targets) {
    for (const widget of await group.all()) {
      const start = widget.locator('.sd-welcome .sd-nav .sd-button').first();
      await start.waitFor();
      await start.click();
      await widget.locator('input[type="radio"]').first().check();
      await widget.locator('input[type="text"]').fill('Ma structure');
      await widget.locator('.sd-step .sd-nav .sd-button:last-child').click();
      await widget.locator('.sd-progress__text', { hasText: /\b2\b/ }).waitFor();
      used++;
    }
  }
  return used;
}

for (const name of demoPages()) {
  test(`demo/${name}: zero non-loopback request and no cookie, while answering`, async ({ baseUrl, context, newPage, assertClean }) => {
    const page = await newPage();
    const urls = recordAll(page);
    await page.goto(`${baseUrl}/demo/${name}`, { waitUntil: 'load' });
    await lateLoaded(page);
    const used = name === 'index.html' ? 0 : await useEveryWidget(page);
    if (name !== 'index.html') assert.ok(used >= 1, 'no widget found on the page');
    // Answering makes no request: a short wait catches any straggler (not `networkidle`, which
    // an iframe's idle-time fetch kept from coming within 10 s in CI).
    await page.waitForTimeout(500);
    assert.ok(urls.length > 0);
    assert.deepEqual(nonLoopback(urls), [], 'requests left the machine');
    assert.deepEqual(page.records.externalRequests, []);
    assert.deepEqual(await context.cookies(), [], 'a cookie was set');
    for (const frame of page.frames()) assert.equal(await frame.evaluate(() => document.cookie), '');
    await assertClean(page);
  });
}

test('embed.js adds exactly one global, SiaeDiagnostic, also once a widget has mounted and been used', async ({ baseUrl, newPage, assertClean }) => {
  const page = await newPage();
  await page.route(`${baseUrl}/__blank.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="fr"><head><title>Vide</title></head><body><main></main></body></html>' }),
  );
  await page.goto(`${baseUrl}/__blank.html`);
  const keys = () => page.evaluate(() => Object.getOwnPropertyNames(window));
  const before = new Set(await keys());

  await page.addScriptTag({ url: `${baseUrl}/embed.js` });
  const added = (await keys()).filter((k) => !before.has(k));
  assert.deepEqual(added, ['SiaeDiagnostic']);
  assert.deepEqual(Object.keys(await page.evaluate(() => window.SiaeDiagnostic)).sort(), ['defineElement', 'mount', 'version']);

  // Use it: an element and a mount(); still nothing else on window.
  await page.evaluate(() => {
    document.querySelector('main').insertAdjacentElement('beforeend', document.createElement('siae-diagnostic'));
    const div = document.createElement('div');
    div.id = 'by-mount';
    document.querySelector('main').append(div);
    window.SiaeDiagnostic.mount(div, { storageKey: 'by-mount' });
  });
  const widget = page.locator('siae-diagnostic');
  await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  await widget.getByRole('radio').first().check();
  await widget.getByRole('button', { name: 'Suivant' }).click();
  await widget.locator('.sd-progress__text', { hasText: 'Étape 2 sur' }).waitFor();
  const later = (await keys()).filter((k) => !before.has(k));
  assert.deepEqual(later, ['SiaeDiagnostic'], `new globals: ${later.join(', ')}`);

  // Loading the script a second time keeps the one global and the one element definition.
  await page.addScriptTag({ url: `${baseUrl}/embed.js` });
  assert.deepEqual((await keys()).filter((k) => !before.has(k)), ['SiaeDiagnostic']);
  await assertClean(page);
});
