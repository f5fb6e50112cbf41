// DOM events on the element (issue 4): diagnostic:start, diagnostic:step,
// diagnostic:complete; bubbling and composed (heard on document); the
// complete detail carries scores, levels and recommendation ids, never free text.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';

const NAME = 'Régie de quartier Les Oliviers 4821';

/** Runs before any page script: records the widget's events heard on document. */
function recordEvents() {
  window.__siaeTestEvents = [];
  for (const type of ['diagnostic:start', 'diagnostic:step', 'diagnostic:complete']) {
    document.addEventListener(type, (e) => {
      window.__siaeTestEvents.push({
        type: e.type,
        detail: e.detail === undefined ? undefined : JSON.parse(JSON.stringify(e.detail)),
        bubbles: e.bubbles,
        composed: e.composed,
        target: e.target?.tagName?.toLowerCase(),
        phase: e.eventPhase,
      });
    });
  }
}

const events = (page) => page.evaluate(() => window.__siaeTestEvents);

/** Every string found anywhere in a JSON value. */
function strings(value) {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

test('plain.html: start, step {index,total} on each "Suivant", complete on results; bubbling + composed, heard on document', async ({ baseUrl, newPage, assertClean }) => {
  test.setTimeout(45_000);
  const page = await newPage();
  await page.addInitScript(recordEvents);
  await page.goto(`${baseUrl}/demo/plain.html`);
  const widget = page.locator('siae-diagnostic');
  await widget.getByRole('button', { name: 'Commencer le diagnostic' }).waitFor();
  assert.deepEqual(await events(page), [], 'events fired before any interaction');

  await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  await widget.getByRole('radio').first().waitFor();
  let seen = await events(page);
  assert.equal(seen[0]?.type, 'diagnostic:start');
  assert.equal(seen.filter((e) => e.type === 'diagnostic:start').length, 1);
  for (const e of seen) {
    assert.equal(e.bubbles, true, `${e.type} does not bubble`);
    assert.equal(e.composed, true, `${e.type} is not composed`);
    assert.equal(e.target, 'siae-diagnostic', `${e.type} target seen from document`);
  }

  // Profile step: one answer and the structure's name (free text that must never leave).
  await widget.getByRole('radio', { name: 'Association intermédiaire (AI)' }).check();
  await widget.getByRole('textbox').fill(NAME);

  // "Suivant" until the review: one diagnostic:step per click, index going up by one.
  let expected = (await events(page)).filter((e) => e.type === 'diagnostic:step').length;
  while (!(await widget.getByRole('button', { name: 'Voir mes résultats' }).count())) {
    const radio = widget.getByRole('radio').first();
    if (await radio.count()) await radio.check(); // answer the first question when it is a single choice
    await widget.getByRole('button', { name: 'Suivant' }).click();
    expected++;
    await page.waitForFunction((n) => window.__siaeTestEvents.filter((e) => e.type === 'diagnostic:step').length >= n, expected);
  }
  seen = await events(page);
  const steps = seen.filter((e) => e.type === 'diagnostic:step');
  const total = steps[0].detail.total;
  assert.ok(total >= 3, `total ${total}`);
  assert.deepEqual(steps.map((e) => e.detail.index), Array.from({ length: total }, (_, i) => i + 1), 'step indexes');
  for (const e of steps) {
    assert.equal(e.detail.total, total);
    assert.deepEqual(Object.keys(e.detail).sort(), ['index', 'step', 'total']);
    assert.match(e.detail.step, /^[\w:-]+$/, 'a step is named by its id');
  }

  await widget.getByRole('button', { name: 'Voir mes résultats' }).click();
  await widget.getByRole('heading', { name: 'Vos résultats', exact: true }).waitFor();
  await page.waitForFunction(() => window.__siaeTestEvents.some((e) => e.type === 'diagnostic:complete'));
  await page.waitForTimeout(300); // a duplicate would arrive now
  seen = await events(page);
  const complete = seen.filter((e) => e.type === 'diagnostic:complete');
  assert.equal(complete.length, 1, 'diagnostic:complete fired more than once');
  assert.equal(seen.filter((e) => e.type === 'diagnostic:step').length, total, 'a step event on the results screen');
  const { detail, bubbles, composed } = complete[0];
  assert.equal(bubbles, true);
  assert.equal(composed, true);

  // Scores, levels and recommendation ids...
  assert.equal(typeof detail.score, 'number');
  assert.ok([1, 2, 3, 4].includes(detail.level), `level ${detail.level}`);
  assert.ok(Array.isArray(detail.dimensions) && detail.dimensions.length >= 1);
  for (const d of detail.dimensions) {
    assert.equal(typeof d.id, 'string');
    assert.equal(typeof d.score, 'number');
    assert.ok([1, 2, 3, 4].includes(d.level), `level ${d.level}`);
  }
  assert.ok(Array.isArray(detail.recommendations) && detail.recommendations.length >= 1, 'no recommendation id');
  assert.ok(detail.recommendations.every((r) => typeof r === 'string'));
  // ...and no free text: not the name typed, not any wording, not the answers.
  const json = JSON.stringify(detail);
  assert.ok(!json.includes(NAME), 'the structure name is in the complete event');
  assert.ok(!json.includes('Oliviers'), 'part of the structure name is in the complete event');
  assert.ok(!/structureType|structureName|answers|profile/.test(json), `answers or profile in the detail: ${json}`);
  const texts = strings(detail).filter((s) => !/^[\w.:-]+$/.test(s));
  assert.deepEqual(texts, [], 'strings other than ids / levels / version in the detail');
  await assertClean(page);
});

test('events from two instances carry their own element as target', async ({ baseUrl, newPage }) => {
  const page = await newPage();
  await page.addInitScript(() => {
    window.__siaeTestTargets = [];
    document.addEventListener('diagnostic:start', (e) => window.__siaeTestTargets.push(e.target.id));
  });
  await page.goto(`${baseUrl}/demo/two.html`);
  await page.locator('#diagnostic-b').getByRole('button', { name: 'Commencer le diagnostic' }).click();
  await page.locator('#diagnostic-a').getByRole('button', { name: 'Commencer le diagnostic' }).click();
  await page.locator('#diagnostic-a').getByRole('radio').first().waitFor();
  assert.deepEqual(await page.evaluate(() => window.__siaeTestTargets), ['diagnostic-b', 'diagnostic-a']);
});
