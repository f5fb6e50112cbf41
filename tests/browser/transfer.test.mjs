// Issue 5: the structure's own copy — "Télécharger mes réponses" gives our JSON file,
// "Importer des réponses" restores it in another browser (same score), refuses files
// that are not ours with a clear message and leaves the answers untouched, and an
// earlier export imported next to other answers shows "Votre évolution" (offered first; replacing is confirmed, undone once).
// The share link is in transfer-share.test.mjs.
import assert from 'node:assert/strict';
import {
  DIMENSIONS, EXPECTED_SCORE, STEP_TITLES, answer, button, dimTitle, downloadAnswers, emptyToResults, escapeRe, finishToResults,
  freshPage, fr, heading, importFile, improveStrategy, next, norm, overallScore, persona, personaToResults, startJourney,
} from './flows.mjs';
import { engineTime, test } from './fixtures.mjs';

test.skip(({ browserName }) => browserName === 'firefox', 'outside the named Firefox subset (journey, embed, CSP, language, print): export, import and compare run in Chromium');

const choice = (page) => page.getByRole('group', { name: fr.ui.transfer.importChoice, exact: true });
const storage = (page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
const jsonFile = (name, value) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)) });

test('export → import round trip: our versioned JSON, restored in a fresh browser with the same score', async ({ baseUrl, browser, newPage, assertClean }) => {
  test.setTimeout(engineTime(45_000));
  const page = await newPage();
  await personaToResults(page, `${baseUrl}/`, 'equippedEi', { structureName: 'Logistique Solidaire' });
  const score = await overallScore(page);
  assert.equal(score, EXPECTED_SCORE.equippedEi);
  const file = await downloadAnswers(page);
  assert.match(file.name, /^diagnostic-numerique-logistique-solidaire-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(file.text);
  assert.equal(doc.format, 'siae-diagnostic');
  assert.equal(typeof doc.formatVersion, 'number');
  assert.match(String(doc.questionnaireVersion), /^\d{4}\.\d+$/, 'the questionnaire version is in the file');
  assert.ok(!Number.isNaN(Date.parse(doc.exportedAt)), 'the export date is in the file');
  console.log(`    export file ${file.name}: ${Buffer.byteLength(file.text)} bytes, keys ${Object.keys(doc).join(', ')}`);
  await assertClean(page);

  const fresh = await freshPage(browser);
  try {
    const other = fresh.page;
    await emptyToResults(other, `${baseUrl}/`);
    assert.equal(await overallScore(other), 0);
    await importFile(other, jsonFile(file.name, file.text));
    const count = Object.keys(doc.answers).length;
    assert.equal(count, Object.keys((await persona('equippedEi')).answers).length, 'every answer is in the file');
    await choice(other).getByText(new RegExp(`^Ce fichier contient ${count} réponses, enregistrées le `)).waitFor();
    assert.equal(await overallScore(other), 0, 'nothing changes before the user chooses');
    await choice(other).getByRole('button', { name: fr.ui.transfer.replace, exact: true }).click();
    await other.getByRole('status').getByText(fr.ui.transfer.replaced, { exact: true }).waitFor();
    assert.equal(await overallScore(other), score, 'same overall score after importing');
    await other.reload(); // the imported answers are kept, like typed ones
    await button(other, fr.ui.welcome.resume).click();
    await heading(other, fr.ui.results.title).waitFor();
    assert.equal(await overallScore(other), score);
    await assertClean(other);
  } finally {
    await fresh.context.close();
  }
});

test('import errors: not JSON, not ours, unknown version, too large — clear message, answers untouched', async ({ baseUrl, newPage, assertClean }) => {
  test.setTimeout(engineTime(45_000));
  const page = await newPage();
  await startJourney(page, `${baseUrl}/`);
  await next(page, dimTitle('equipment'));
  await answer(page, 'eq_sufficiency', 'fully');
  for (const title of STEP_TITLES.slice(2)) await next(page, title);
  await finishToResults(page);
  const score = await overallScore(page);
  assert.ok(score > 0, 'one answer given');
  const saved = await storage(page);
  const cases = [
    ['notJson', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Bonjour, voici nos réponses : oui, non, oui.') }],
    ['notOurs', jsonFile('autre.json', { type: 'survey', answers: { q1: 'yes' } })],
    ['notJson', jsonFile('casse.json', '{"format": "siae-diagnostic", "answers": {')], // messages alternate
    ['unknownVersion', jsonFile('futur.json', { format: 'siae-diagnostic', formatVersion: 999, answers: {} })],
    ['tooLarge', jsonFile('enorme.json', { format: 'siae-diagnostic', padding: 'x'.repeat(300 * 1024) })],
  ];
  for (const [code, file] of cases) {
    await importFile(page, file);
    const message = fr.ui.transfer.importError[code];
    await page.getByRole('status').getByText(message, { exact: true }).waitFor();
    assert.equal(await choice(page).count(), 0, `${file.name}: no import choice is offered`);
    assert.equal(await overallScore(page), score, `${file.name}: the score is unchanged`);
    assert.equal(await storage(page), saved, `${file.name}: the saved answers are unchanged`);
  }
  await assertClean(page);
});

/** beginnerAci's results, their export (the earlier file), then better strategy answers. */
async function exportThenImprove(newPage, baseUrl) {
  const page = await newPage();
  await personaToResults(page, `${baseUrl}/`, 'beginnerAci');
  const before = await overallScore(page);
  const earlier = await downloadAnswers(page);
  const now = await improveStrategy(page);
  return { page, before, earlier, now };
}

test('compare: an earlier export next to changed answers shows "Votre évolution" with a change column (screen and sheet)', async ({ baseUrl, newPage, assertClean, pdfText }) => {
  test.setTimeout(engineTime(45_000));
  const { page, before, earlier, now } = await exportThenImprove(newPage, baseUrl);
  const strategy = dimTitle('strategy');
  assert.ok(now > before, `the score went up (${before} → ${now})`);

  await importFile(page, jsonFile(earlier.name, earlier.text));
  await choice(page).getByRole('button', { name: fr.ui.transfer.compare, exact: true }).click();
  await page.getByRole('status').getByText(fr.ui.transfer.compared, { exact: true }).waitFor();

  await heading(page, fr.ui.progress.title, 3).waitFor();
  const table = page.getByRole('table', { name: /^Scores sur 100 : diagnostic du / });
  const headers = (await table.getByRole('columnheader').allInnerTexts()).map(norm);
  assert.deepEqual(headers, [fr.ui.results.tableDimension, fr.ui.progress.before, fr.ui.progress.after, fr.ui.progress.change]);
  const row = async (name) => (await table.getByRole('row', { name: new RegExp(`^${escapeRe(name)}`) }).getByRole('cell').allInnerTexts()).map(norm);
  assert.deepEqual(await row(fr.ui.progress.overall), [String(before), String(now), `+${now - before}`], 'overall: before, now, change');
  const [sBefore, sNow, sChange] = await row(strategy);
  assert.equal(sBefore, '0', 'strategy was 0 for beginnerAci');
  assert.equal(sChange, `+${Number(sNow) - Number(sBefore)}`);
  assert.ok(Number(sNow) > 0);
  for (const d of DIMENSIONS.filter((x) => x !== 'strategy')) assert.equal((await row(dimTitle(d)))[2], '0', `${d}: unchanged`);
  assert.equal(await table.getByRole('row').count(), 1 + 1 + 7, 'header, overall and one row per dimension');
  assert.equal(await overallScore(page), now, 'the current answers are still the ones shown');
  const [b, a] = [before, now];

  // The sheet carries the progress too.
  await page.evaluate(() => { window.print = () => {}; });
  await button(page, fr.ui.results.print).click();
  const text = norm(await pdfText(await page.pdf({ format: 'A4', printBackground: true })));
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.ok(text.includes(fr.ui.progress.title), 'the sheet shows "Votre évolution"');
  assert.match(text, new RegExp(`${b} ${a} \\+${a - b}`), 'the sheet shows the overall change');
  await assertClean(page);
});

test('an older file: "Comparer" offered first; replacing is confirmed, then undone once: the answers and score are back', async ({ baseUrl, newPage, assertClean }) => {
  test.setTimeout(engineTime(45_000));
  const { page, before, earlier, now } = await exportThenImprove(newPage, baseUrl);
  const saved = await storage(page);
  await importFile(page, jsonFile(earlier.name, earlier.text));
  await choice(page).getByText(fr.ui.transfer.importOlder, { exact: false }).waitFor();
  assert.deepEqual((await choice(page).getByRole('button').allInnerTexts()).map(norm), [fr.ui.transfer.compare, fr.ui.transfer.replace, fr.ui.common.cancel]);
  await choice(page).getByRole('button', { name: fr.ui.transfer.replace, exact: true }).click();
  await choice(page).getByText(/^Vos réponses actuelles, modifiées le .+, seront remplacées\.$/).waitFor();
  assert.equal(await overallScore(page), now, 'nothing changes before the second confirmation');
  await choice(page).getByRole('button', { name: fr.ui.transfer.replaceYes, exact: true }).click();
  const replaced = page.getByRole('status').getByText(fr.ui.transfer.replaced, { exact: true });
  await replaced.waitFor();
  assert.equal(await overallScore(page), before, 'the file\'s answers are shown');
  assert.ok(await replaced.evaluate((el) => el.getRootNode().activeElement === el), 'focus is on the new message');
  await button(page, fr.ui.transfer.undo).click();
  await page.getByRole('status').getByText(fr.ui.transfer.undone, { exact: true }).waitFor();
  assert.equal(await overallScore(page), now, 'the score before the import is back');
  assert.equal(await storage(page), saved, 'the saved answers are exactly the ones before the import');
  assert.equal(await button(page, fr.ui.transfer.undo).count(), 0, 'undone once: the button is gone');
  await assertClean(page);
});
