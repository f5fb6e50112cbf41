// Strict Content-Security-Policy on the host (issue 4): csp.html and
// csp-nonce.html are served with the header by scripts/preview.config.mjs; the widget
// renders and works with zero violations.
import assert from 'node:assert/strict';
import { CSP_NONCE_POLICY, CSP_POLICY } from '../../scripts/cspPolicies.mjs';
import { test } from './fixtures.mjs';

const START = 'Commencer le diagnostic';

/** Clicks start in `widget`, then "Suivant" on the profile step; returns the step text shown. */
async function toStepTwo(widget) {
  await widget.getByRole('button', { name: START }).click();
  await widget.getByRole('heading', { name: 'Votre structure' }).waitFor();
  await widget.locator('.sd-progress__text', { hasText: 'Étape 1 sur' }).waitFor();
  await widget.getByRole('radio').first().check();
  await widget.getByRole('textbox').fill('Structure test CSP');
  await widget.getByRole('button', { name: 'Suivant' }).click();
  const progress = widget.locator('.sd-progress__text', { hasText: 'Étape 2 sur' });
  await progress.waitFor();
  // The question fields of step 2 are there and usable.
  const first = widget.getByRole('radio').or(widget.getByRole('checkbox')).first();
  await first.waitFor();
  assert.ok(await first.isEnabled());
  return progress.innerText();
}

async function assertNoViolation(page, cspViolations) {
  const violations = await cspViolations(page);
  assert.deepEqual(violations, [], `CSP violations: ${JSON.stringify(violations, null, 2)}`);
  assert.deepEqual(page.records.cspConsole, [], 'Chromium reported CSP problems in the console');
}

test('csp.html: served with the strict policy; both instances render with zero CSP violation', async ({ baseUrl, newPage, cspViolations, assertClean }) => {
  const page = await newPage();
  const res = await page.goto(`${baseUrl}/demo/csp.html`);
  assert.equal(res.headers()['content-security-policy'], CSP_POLICY);

  const element = page.locator('siae-diagnostic');
  const byScript = page.locator('#diagnostic-js');
  await element.getByRole('button', { name: START }).waitFor();
  await byScript.getByRole('button', { name: START }).waitFor();
  // The mount() instance got its accent option (#1b5e20) through the CSSOM, not a style attribute.
  const colours = await page.evaluate(() =>
    ['siae-diagnostic', '#diagnostic-js'].map((s) => getComputedStyle(document.querySelector(s).shadowRoot.querySelector('.sd-button')).backgroundColor),
  );
  assert.equal(colours[1], 'rgb(27, 94, 32)');
  assert.notEqual(colours[0], colours[1]);
  await page.waitForTimeout(100);
  await assertNoViolation(page, cspViolations);
  await assertClean(page);
});

test('csp.html: a full click-through to step 2 works in both instances, then on to the results, with zero violation', async ({ baseUrl, newPage, cspViolations, assertClean }) => {
  const page = await newPage();
  await page.goto(`${baseUrl}/demo/csp.html`);
  for (const sel of ['siae-diagnostic', '#diagnostic-js']) {
    const text = await toStepTwo(page.locator(sel));
    assert.match(text, /Étape 2 sur \d+/);
  }
  // Styles still apply inside (a blocked stylesheet would leave bare radios and grey buttons).
  const radius = await page.evaluate(
    () => getComputedStyle(document.querySelector('siae-diagnostic').shadowRoot.querySelector('.sd-button')).borderTopLeftRadius,
  );
  assert.equal(radius, '8px');

  // On to the results (scores, bars, recommendations) in the element instance.
  const widget = page.locator('siae-diagnostic');
  while (!(await widget.getByRole('button', { name: 'Voir mes résultats' }).count())) {
    await widget.getByRole('button', { name: 'Suivant' }).click();
  }
  await widget.getByRole('button', { name: 'Voir mes résultats' }).click();
  await widget.getByRole('heading', { name: 'Vos résultats', exact: true }).waitFor();
  await assertNoViolation(page, cspViolations);
  await assertClean(page);
});

test('csp-nonce.html: styles-by-nonce policy, widget with nonce attribute renders and works, zero violation', async ({ baseUrl, newPage, cspViolations, assertClean }) => {
  const page = await newPage();
  const res = await page.goto(`${baseUrl}/demo/csp-nonce.html`);
  assert.equal(res.headers()['content-security-policy'], CSP_NONCE_POLICY);
  const text = await toStepTwo(page.locator('siae-diagnostic'));
  assert.match(text, /Étape 2 sur \d+/);
  const { sheets, styleEls } = await page.evaluate(() => {
    const root = document.querySelector('siae-diagnostic').shadowRoot;
    return { sheets: root.adoptedStyleSheets.length, styleEls: root.querySelectorAll('style').length };
  });
  assert.equal(sheets + styleEls, 1, 'the shadow root should hold exactly one stylesheet');
  await assertNoViolation(page, cspViolations);
  await assertClean(page);
});

test('csp-nonce.html without constructable stylesheets (Safari before 16.4): the <style> fallback carries the nonce, zero violation', async ({ baseUrl, newPage, cspViolations, assertClean }) => {
  const page = await newPage();
  // Browsers hide a nonce from getAttribute() once the page has a CSP header; the widget must read element.nonce.
  await page.addInitScript(() => {
    delete ShadowRoot.prototype.adoptedStyleSheets;
    delete Document.prototype.adoptedStyleSheets;
  });
  await page.goto(`${baseUrl}/demo/csp-nonce.html`);
  const text = await toStepTwo(page.locator('siae-diagnostic'));
  assert.match(text, /Étape 2 sur \d+/);
  const styled = await page.evaluate(() => {
    const root = document.querySelector('siae-diagnostic').shadowRoot;
    return { styleEls: root.querySelectorAll('style').length, radius: getComputedStyle(root.querySelector('.sd-button')).borderTopLeftRadius };
  });
  assert.deepEqual(styled, { styleEls: 1, radius: '8px' }, 'the fallback <style> applies');
  await assertNoViolation(page, cspViolations);
  await assertClean(page);
});
