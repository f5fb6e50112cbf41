// Iframe mode (issue 4): iframe.html frames the standalone page; the page
// reports its height by postMessage and frame-host.js resizes the frame,
// accepting messages only from that frame's window and origin.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { lateLoaded } from './flows.mjs';

/** The iframe's height on the host page (clientHeight: without its border) and the framed document's own height. */
function heights(page) {
  return page.evaluate(() => {
    const frame = document.querySelector('iframe[data-siae-frame]');
    return {
      frame: frame.clientHeight,
      inner: Math.ceil(frame.contentDocument.documentElement.getBoundingClientRect().height),
    };
  });
}

/** Waits until the frame fits its content (within 4 px), returns the heights. */
async function waitFitted(page) {
  await page.waitForFunction(() => {
    const frame = document.querySelector('iframe[data-siae-frame]');
    const doc = frame.contentDocument;
    if (!doc?.querySelector('#siae-diagnostic')?.shadowRoot?.querySelector('.sd-button')) return false;
    const inner = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    return inner > 400 && Math.abs(frame.clientHeight - inner) <= 4;
  });
  return heights(page);
}

async function openDemo(newPage, baseUrl) {
  const page = await newPage();
  await page.goto(`${baseUrl}/demo/iframe.html`, { waitUntil: 'load' });
  await page.locator('iframe[data-siae-frame]').waitFor();
  await lateLoaded(page);
  return page;
}

test('iframe.html: the frame has a title and resizes to its content height, also after a change of step', async ({ baseUrl, newPage, assertClean }) => {
  const page = await openDemo(newPage, baseUrl);
  const frameEl = page.locator('iframe[data-siae-frame]');
  assert.equal(await frameEl.getAttribute('title'), 'Diagnostic numérique SIAE');
  const first = await waitFitted(page);
  assert.ok(first.frame > 400, `frame height ${first.frame}`);
  assert.ok(Math.abs(first.frame - first.inner) <= 4, `frame ${first.frame} vs content ${first.inner}`);

  // The profile step is taller: the frame follows.
  const widget = page.frameLocator('iframe[data-siae-frame]').locator('#siae-diagnostic');
  await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  await widget.getByRole('radio').first().waitFor();
  await page.waitForFunction((before) => {
    const frame = document.querySelector('iframe[data-siae-frame]');
    const inner = Math.ceil(frame.contentDocument.documentElement.getBoundingClientRect().height);
    return inner !== before && Math.abs(frame.clientHeight - inner) <= 4;
  }, first.inner);
  const second = await heights(page);
  assert.ok(second.frame > first.frame, `frame did not grow: ${first.frame} -> ${second.frame}`);
  await assertClean(page);
});

test('iframe.html: a height message from the wrong window is ignored; from the frame, obeyed', async ({ baseUrl, newPage }) => {
  const page = await openDemo(newPage, baseUrl);
  const fitted = await waitFitted(page);
  const message = { source: 'siae-diagnostic', type: 'height', height: 250, frame: 'demo1' };

  // Same shape, posted by the host page's own window (event.source !== frame.contentWindow).
  await page.evaluate((m) => window.postMessage(m, '*'), message);
  await page.evaluate((m) => window.postMessage(m, location.origin), message);
  await page.waitForTimeout(300);
  assert.equal((await heights(page)).frame, fitted.frame, 'a message from the host window resized the frame');

  // Malformed heights from the right frame are ignored too.
  const framed = page.frames().find((f) => f !== page.mainFrame());
  for (const height of [-5, 'abc', 50, 1e9]) {
    await framed.evaluate((m) => window.parent.postMessage(m, '*'), { ...message, height });
  }
  await page.waitForTimeout(300);
  assert.equal((await heights(page)).frame, fitted.frame, 'an invalid height resized the frame');

  // Positive control: the same message from the frame's own window is obeyed.
  await framed.evaluate((m) => window.parent.postMessage(m, '*'), { ...message, height: 777 });
  await page.waitForFunction(() => document.querySelector('iframe[data-siae-frame]').clientHeight === 777);
});

test('iframe.html: the height message carries the height and nothing else (no answer)', async ({ baseUrl, newPage }) => {
  const page = await newPage();
  await page.addInitScript(() => {
    if (window.top !== window) return;
    window.__siaeTestMessages = [];
    window.addEventListener('message', (e) => window.__siaeTestMessages.push(e.data));
  });
  await page.goto(`${baseUrl}/demo/iframe.html`, { waitUntil: 'load' });
  await page.locator('iframe[data-siae-frame]').waitFor();
  await lateLoaded(page);
  await waitFitted(page);
  const widget = page.frameLocator('iframe[data-siae-frame]').locator('#siae-diagnostic');
  await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  await widget.getByRole('radio').first().check();
  await widget.getByRole('textbox').fill('Nom confidentiel 9173');
  await page.waitForTimeout(300);
  const messages = await page.evaluate(() => window.__siaeTestMessages);
  assert.ok(messages.length >= 1);
  for (const m of messages) {
    assert.deepEqual(Object.keys(m).sort(), ['frame', 'height', 'source', 'type']);
    assert.equal(m.source, 'siae-diagnostic');
    assert.equal(m.type, 'height');
    assert.equal(m.frame, 'demo1');
    assert.equal(typeof m.height, 'number');
  }
  assert.ok(!JSON.stringify(messages).includes('9173'));
});

test('iframe.html: axe finds no violation on the host page and in the frame', async ({ baseUrl, newPage, axe, formatViolations }) => {
  const page = await openDemo(newPage, baseUrl);
  await waitFitted(page);
  const violations = await axe(page);
  assert.equal(violations.length, 0, formatViolations(violations));
});
