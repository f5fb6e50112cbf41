// Issue 12, from the outside: two tabs on one key, moving the element.
// Written in the runner's plain style so it moves easily to @playwright/test.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';

const START = 'Commencer le diagnostic';
const EI = 'Entreprise d’insertion (EI)';

test('two tabs on one saved diagnostic: answers from both are kept, an erase in one resets the other', async ({ baseUrl, newPage, assertClean }) => {
  const a = await newPage();
  await a.goto(`${baseUrl}/demo/plain.html`);
  const wa = a.locator('siae-diagnostic');
  await wa.getByRole('button', { name: START }).click();
  await wa.getByRole('radio', { name: EI, exact: true }).check();

  const b = await a.context().newPage();
  await b.goto(`${baseUrl}/demo/plain.html`);
  const wb = b.locator('siae-diagnostic');
  await wb.getByRole('button', { name: 'Reprendre où j’en étais' }).click();
  await wb.getByRole('textbox', { name: /Nom de la structure/ }).fill('Atelier B');
  await wb.getByRole('textbox', { name: /Nom de la structure/ }).blur();

  // A, which never reloaded, moves on: B's name must survive A's write.
  await wa.getByRole('button', { name: 'Suivant' }).click();
  await wa.getByRole('radio').first().check();
  const saved = await a.evaluate(() => JSON.parse(localStorage.getItem('demo-plain') ?? 'null'));
  assert.equal(saved.structureName, 'Atelier B');
  assert.equal(saved.profile.structureType, 'ei');
  assert.ok(Object.keys(saved.answers).length >= 1, 'A’s answer was not saved');

  // B erases (from its welcome screen); A is reset and does not write the old answers back.
  await wb.getByRole('button', { name: 'Précédent' }).click();
  await wb.getByRole('button', { name: /Effacer mes réponses/ }).first().click();
  await wb.getByRole('button', { name: 'Oui, effacer' }).click();
  await wa.getByRole('button', { name: START }).waitFor();
  await wa.getByRole('button', { name: START }).click();
  await wa.getByRole('radio', { name: EI, exact: true }).check();
  const after = await a.evaluate(() => JSON.parse(localStorage.getItem('demo-plain') ?? 'null'));
  assert.deepEqual(after.answers, {});
  assert.equal(after.structureName, '');
  await assertClean(a);
  await b.close();
});

test('moveBefore() and appendChild() mid-journey keep the step, the answers and (moveBefore) the focus', async ({ baseUrl, newPage, assertClean }) => {
  const page = await newPage();
  await page.goto(`${baseUrl}/demo/plain.html`);
  const widget = page.locator('siae-diagnostic');
  await widget.getByRole('button', { name: START }).click();
  await widget.getByRole('radio', { name: EI, exact: true }).check();
  const focusedAfterMove = await page.evaluate(() => {
    const el = document.querySelector('siae-diagnostic');
    const box = document.createElement('section');
    document.body.prepend(box);
    if (typeof box.moveBefore === 'function') box.moveBefore(el, null);
    else box.append(el);
    return typeof box.moveBefore === 'function' ? el.shadowRoot.activeElement?.getAttribute('type') ?? 'none' : 'radio';
  });
  assert.equal(focusedAfterMove, 'radio', 'focus left the widget on moveBefore');
  await page.evaluate(() => document.querySelector('main, body').append(document.querySelector('siae-diagnostic')));
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  await widget.getByRole('heading', { level: 2, name: 'Votre structure' }).waitFor();
  assert.equal(await widget.getByRole('radio', { name: EI, exact: true }).isChecked(), true);
  await assertClean(page);
});

test('a partial dark theme (--sd-background and --sd-text only): text on surfaces still reads at 4.5:1', async ({ baseUrl, newPage, assertClean }) => {
  const page = await newPage();
  await page.route(`${baseUrl}/__dark.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="fr"><head><title>Sombre</title><style>siae-diagnostic { --sd-background: #121212; --sd-text: #f0f0f0; }</style></head>
        <body><main><siae-diagnostic storage-key="dark"></siae-diagnostic></main><script src="${baseUrl}/embed.js"></script></body></html>`,
    }),
  );
  await page.goto(`${baseUrl}/__dark.html`);
  const widget = page.locator('siae-diagnostic');
  await widget.getByRole('button', { name: START }).waitFor();
  const ratio = await page.evaluate(() => {
    const root = document.querySelector('siae-diagnostic').shadowRoot;
    const box = root.querySelector('.sd-storage');
    const rgb = (css) => css.match(/[\d.]+/g).slice(0, 3).map(Number);
    const lum = (c) => {
      const [r, g, b] = c.map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [a, b] = [lum(rgb(getComputedStyle(box).color)), lum(rgb(getComputedStyle(box).backgroundColor))];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
  assert.ok(ratio >= 4.5, `text on --sd-surface at ${ratio.toFixed(2)}:1`);
  await assertClean(page);
});
