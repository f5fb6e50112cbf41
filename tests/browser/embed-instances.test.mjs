// Several instances on one page (issue 4): two.html holds two widgets with
// their own storage keys; neither interferes with the other, before or after
// a reload.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';

const START = 'Commencer le diagnostic';
const RESUME = 'Reprendre où j’en étais';

/** Checked radio values (profile step) of one widget. */
function checked(page, id) {
  return page.evaluate(
    (id) => [...document.getElementById(id).shadowRoot.querySelectorAll('input:checked')].map((i) => `${i.name}=${i.value}`),
    id,
  );
}

function saved(page) {
  return page.evaluate(() => ({ a: localStorage.getItem('demo-two-a'), b: localStorage.getItem('demo-two-b') }));
}

test('two.html: answering in one instance changes nothing in the other; each keeps its own key; reload resumes each', async ({ baseUrl, newPage, assertClean }) => {
  const page = await newPage();
  await page.goto(`${baseUrl}/demo/two.html`);
  const a = page.locator('#diagnostic-a');
  const b = page.locator('#diagnostic-b');
  await a.getByRole('button', { name: START }).waitFor();
  await b.getByRole('button', { name: START }).waitFor();

  // Different accents, from their attributes.
  const bg = (id) => page.evaluate((id) => getComputedStyle(document.getElementById(id).shadowRoot.querySelector('.sd-button')).backgroundColor, id);
  assert.equal(await bg('diagnostic-a'), 'rgb(11, 92, 173)');
  assert.equal(await bg('diagnostic-b'), 'rgb(123, 31, 162)');

  // A: start and answer the first profile question.
  await a.getByRole('button', { name: START }).click();
  await a.getByRole('radio', { name: 'Atelier et chantier d’insertion (ACI)' }).check();
  // B has not moved.
  await assert.doesNotReject(b.getByRole('button', { name: START }).waitFor({ timeout: 1000 }));
  assert.equal(await b.getByRole('radio').count(), 0, 'B left its welcome step');
  assert.deepEqual(await checked(page, 'diagnostic-b'), []);
  let store = await saved(page);
  assert.ok(store.a, 'nothing saved under demo-two-a');
  assert.equal(store.b, null, 'B saved something while only A was used');

  // B: start and give another answer; A keeps its own.
  await b.getByRole('button', { name: START }).click();
  await b.getByRole('radio', { name: 'Entreprise d’insertion (EI)', exact: true }).check();
  const aBefore = await checked(page, 'diagnostic-a');
  const bBefore = await checked(page, 'diagnostic-b');
  assert.deepEqual(aBefore, ['profile-structureType=aci']);
  assert.deepEqual(bBefore, ['profile-structureType=ei']);
  // Same radio names in both, yet separate groups: each shadow root is its own form scope.

  store = await saved(page);
  assert.ok(store.a && store.b, 'both keys are in localStorage');
  assert.equal(JSON.parse(store.a).profile.structureType, 'aci');
  assert.equal(JSON.parse(store.b).profile.structureType, 'ei');
  assert.equal(await page.evaluate(() => localStorage.getItem('siae-diagnostic')), null, 'the default key was used');

  // Reload: each offers to resume, and resumes its own answers.
  await page.reload();
  for (const [w, id, expected] of [[a, 'diagnostic-a', aBefore], [b, 'diagnostic-b', bBefore]]) {
    await w.getByRole('button', { name: RESUME }).click();
    await w.getByRole('radio').first().waitFor();
    assert.deepEqual(await checked(page, id), expected, `${id} did not resume its own answers`);
  }
  await assertClean(page);
});

test('two.html: moving through steps in one instance does not move the other', async ({ baseUrl, newPage }) => {
  const page = await newPage();
  await page.goto(`${baseUrl}/demo/two.html`);
  const a = page.locator('#diagnostic-a');
  const b = page.locator('#diagnostic-b');
  await a.getByRole('button', { name: START }).click();
  await a.getByRole('button', { name: 'Suivant' }).click();
  await a.locator('.sd-progress__text', { hasText: 'Étape 2 sur' }).waitFor();
  assert.equal(await b.getByRole('button', { name: START }).count(), 1);
  await b.getByRole('button', { name: START }).click();
  await b.locator('.sd-progress__text', { hasText: 'Étape 1 sur' }).waitFor();
  assert.equal(await a.locator('.sd-progress__text', { hasText: 'Étape 2 sur' }).count(), 1);
  // One adopted stylesheet per shadow root, the same constructed sheet for both.
  const sheets = await page.evaluate(() => {
    const [x, y] = ['diagnostic-a', 'diagnostic-b'].map((id) => document.getElementById(id).shadowRoot.adoptedStyleSheets);
    return { counts: [x.length, y.length], shared: x[0] === y[0] };
  });
  assert.deepEqual(sheets, { counts: [1, 1], shared: true });
});
