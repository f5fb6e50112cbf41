// Mounted, unmounted, mounted again (issue 4): single-page apps mount the
// widget many times; nothing may pile up (roots, stylesheets, listeners,
// events) and nothing may throw. Removing <siae-diagnostic> unmounts it.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';

const START = 'Commencer le diagnostic';

/** A blank same-origin page with embed.js loaded (served by a route, not a file of dist/). */
async function blankWithEmbed(page, baseUrl) {
  await page.route(`${baseUrl}/__blank.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="fr"><head><title>Vide</title></head><body><main></main></body></html>' }),
  );
  await page.goto(`${baseUrl}/__blank.html`);
  await page.addScriptTag({ url: `${baseUrl}/embed.js` });
  await page.waitForFunction(() => typeof window.SiaeDiagnostic?.mount === 'function');
}

/** Event listeners on window and document (DevTools protocol), by type. */
async function hostListeners(page) {
  const cdp = await page.context().newCDPSession(page);
  const out = {};
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    out[expression] = listeners.map((l) => l.type).sort();
  }
  await cdp.detach();
  return out;
}

function shadowState(page, selector) {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector).shadowRoot;
    return {
      hosts: root ? root.querySelectorAll('.sd-host').length : 0,
      adopted: root ? root.adoptedStyleSheets.length : 0,
      styles: root ? root.querySelectorAll('style').length : 0,
      children: root ? root.children.length : 0,
    };
  }, selector);
}

test('SiaeDiagnostic.mount / unmount 20 times: no error, one root, one stylesheet, no leaked listener, no duplicate event', async ({ baseUrl, newPage, assertClean, browserName }) => {
  test.skip(browserName !== 'chromium', 'counts window/document listeners with DOMDebugger.getEventListeners over a CDP session, which only Chromium has');
  const page = await newPage();
  await blankWithEmbed(page, baseUrl);
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.id = 'spa-view';
    document.querySelector('main').append(div);
  });
  const baseline = await hostListeners(page);

  // 20 cycles: half unmounted at once (same task), half after the widget has rendered.
  const rendered = await page.evaluate(async () => {
    const div = document.getElementById('spa-view');
    const seen = [];
    for (let i = 0; i < 20; i++) {
      const handle = window.SiaeDiagnostic.mount(div, { storageKey: 'spa-cycle' });
      if (i % 2) {
        await new Promise((r) => setTimeout(r, 20));
        seen.push(div.shadowRoot.querySelectorAll('.sd-button').length > 0);
      }
      handle.unmount();
      handle.unmount(); // a second call is harmless
    }
    return seen;
  });
  assert.ok(rendered.every(Boolean), 'the widget did not render during a cycle');
  assert.deepEqual(await shadowState(page, '#spa-view'), { hosts: 0, adopted: 0, styles: 0, children: 0 }, 'unmount left something in the shadow root');
  assert.deepEqual(await hostListeners(page), baseline, 'listeners on window/document leaked after 20 mount/unmount cycles');

  // Mount a last time: exactly one of everything.
  await page.evaluate(() => {
    const div = document.getElementById('spa-view');
    window.__siaeTestStarts = 0;
    div.addEventListener('diagnostic:start', () => window.__siaeTestStarts++);
    window.__siaeTestHandle = window.SiaeDiagnostic.mount(div, { storageKey: 'spa-cycle' });
  });
  const start = page.locator('#spa-view').getByRole('button', { name: START });
  await start.waitFor();
  assert.deepEqual(await shadowState(page, '#spa-view'), { hosts: 1, adopted: 1, styles: 0, children: 1 });
  assert.equal(await start.count(), 1);

  await start.click();
  await page.locator('#spa-view').getByRole('radio').first().waitFor();
  assert.equal(await page.evaluate(() => window.__siaeTestStarts), 1, 'diagnostic:start fired more than once');

  await page.evaluate(() => window.__siaeTestHandle.unmount());
  assert.deepEqual(await shadowState(page, '#spa-view'), { hosts: 0, adopted: 0, styles: 0, children: 0 });
  await assertClean(page);
});

test('removing <siae-diagnostic> unmounts it; adding it back mounts it once again', async ({ baseUrl, newPage, assertClean, browserName }) => {
  test.skip(browserName !== 'chromium', 'counts window/document listeners with DOMDebugger.getEventListeners over a CDP session, which only Chromium has');
  const page = await newPage();
  await page.goto(`${baseUrl}/demo/plain.html`);
  const widget = page.locator('siae-diagnostic');
  await widget.getByRole('button', { name: START }).waitFor();
  const baseline = await hostListeners(page);

  await page.evaluate(() => {
    const el = document.querySelector('siae-diagnostic');
    window.__siaeTestEl = el;
    window.__siaeTestStarts = 0;
    el.addEventListener('diagnostic:start', () => window.__siaeTestStarts++);
    el.remove();
  });
  const removed = await page.evaluate(() => {
    const root = window.__siaeTestEl.shadowRoot;
    return { hosts: root.querySelectorAll('.sd-host').length, adopted: root.adoptedStyleSheets.length, children: root.children.length };
  });
  assert.deepEqual(removed, { hosts: 0, adopted: 0, children: 0 }, 'the removed element still holds the widget');

  // Back in, several times, including a move within the same task.
  for (let i = 0; i < 5; i++) {
    await page.evaluate(() => document.querySelector('main').append(window.__siaeTestEl));
    await page.evaluate(() => {
      const el = window.__siaeTestEl;
      el.remove();
      document.querySelector('main').prepend(el);
    });
    await page.evaluate(() => window.__siaeTestEl.remove());
  }
  await page.evaluate(() => document.querySelector('main').append(window.__siaeTestEl));
  await widget.getByRole('button', { name: START }).waitFor();
  assert.deepEqual(await shadowState(page, 'siae-diagnostic'), { hosts: 1, adopted: 1, styles: 0, children: 1 });
  assert.deepEqual(await hostListeners(page), baseline, 'listeners on window/document leaked after remove / re-add');

  await widget.getByRole('button', { name: START }).click();
  await widget.getByRole('radio').first().waitFor();
  assert.equal(await page.evaluate(() => window.__siaeTestStarts), 1, 'diagnostic:start fired more than once');
  await assertClean(page);
});

test('changing an attribute of <siae-diagnostic> remounts it once, step and answers kept', async ({ baseUrl, newPage, assertClean }) => {
  const page = await newPage();
  await page.goto(`${baseUrl}/demo/plain.html`);
  const widget = page.locator('siae-diagnostic');
  await widget.getByRole('button', { name: START }).click();
  await widget.getByRole('radio', { name: 'Entreprise d’insertion (EI)', exact: true }).check();
  await page.evaluate(() => document.querySelector('siae-diagnostic').setAttribute('accent', '#7b1fa2'));
  // Remounted on the same step (issue 12), not back on the welcome screen.
  await widget.getByRole('heading', { level: 2, name: 'Votre structure' }).waitFor();
  assert.equal(await widget.getByRole('radio', { name: 'Entreprise d’insertion (EI)', exact: true }).isChecked(), true);
  assert.deepEqual(await shadowState(page, 'siae-diagnostic'), { hosts: 1, adopted: 1, styles: 0, children: 1 });
  const bg = await page.evaluate(() => getComputedStyle(document.querySelector('siae-diagnostic').shadowRoot.querySelector('.sd-nav .sd-button:last-child')).backgroundColor);
  assert.equal(bg, 'rgb(123, 31, 162)');
  await assertClean(page);
});
