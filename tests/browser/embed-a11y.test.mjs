// Accessibility of the embedded widget (issue 4): axe (WCAG 2.1 A/AA) finds
// no violation inside the shadow root, on a plain partner page, on a hostile
// one and with two instances.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';

const START = 'Commencer le diagnostic';

/** axe on the widget's shadow tree only, with a check that it really looked inside. */
async function axeWidget(page, axe, hostSelector = 'siae-diagnostic') {
  const inside = await page.evaluate((s) => document.querySelector(s).shadowRoot.querySelectorAll('*').length, hostSelector);
  assert.ok(inside >= 10, `the shadow root of ${hostSelector} is almost empty (${inside} elements)`);
  return axe(page, { include: { fromShadowDom: [hostSelector, '.sd-host'] } });
}

test('plain.html: zero axe violation on the whole page and inside the shadow root (welcome and profile steps)', async ({ baseUrl, newPage, axe, formatViolations }) => {
  const page = await newPage();
  await page.goto(`${baseUrl}/demo/plain.html`);
  const widget = page.locator('siae-diagnostic');
  await widget.getByRole('button', { name: START }).waitFor();

  let v = await axe(page);
  assert.equal(v.length, 0, `page, welcome step:\n${formatViolations(v)}`);
  v = await axeWidget(page, axe);
  assert.equal(v.length, 0, `widget, welcome step:\n${formatViolations(v)}`);

  await widget.getByRole('button', { name: START }).click();
  await widget.getByRole('radio').first().check();
  v = await axeWidget(page, axe);
  assert.equal(v.length, 0, `widget, profile step:\n${formatViolations(v)}`);
  v = await axe(page);
  assert.equal(v.length, 0, `page, profile step:\n${formatViolations(v)}`);
});

test('hostile.html: zero axe violation inside the widget despite the host CSS', async ({ baseUrl, newPage, axe, formatViolations }) => {
  const page = await newPage();
  await page.goto(`${baseUrl}/demo/hostile.html`);
  const widget = page.locator('siae-diagnostic');
  await widget.getByRole('button', { name: START }).waitFor();
  let v = await axeWidget(page, axe);
  assert.equal(v.length, 0, `widget, welcome step:\n${formatViolations(v)}`);
  await widget.getByRole('button', { name: START }).click();
  await widget.getByRole('radio').first().waitFor();
  v = await axeWidget(page, axe);
  assert.equal(v.length, 0, `widget, profile step:\n${formatViolations(v)}`);
});

test('two.html: two instances on one page, zero axe violation (ids inside shadow roots do not clash)', async ({ baseUrl, newPage, axe, formatViolations }) => {
  const page = await newPage();
  await page.goto(`${baseUrl}/demo/two.html`);
  for (const id of ['#diagnostic-a', '#diagnostic-b']) {
    await page.locator(id).getByRole('button', { name: START }).click();
    await page.locator(id).getByRole('radio').first().waitFor();
  }
  const v = await axe(page);
  assert.equal(v.length, 0, formatViolations(v));
});
