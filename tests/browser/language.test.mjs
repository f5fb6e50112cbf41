// Issue 6: the whole journey in English (by attribute, then by <html lang>), no
// French interface string left on the questionnaire, the results or the printed
// sheet, and a switch of language mid-journey that keeps the answers and the step.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './helpers.mjs';
import { engineTime, test } from './fixtures.mjs';

const read = (lng, ns) => JSON.parse(readFileSync(path.join(REPO_ROOT, 'locales', lng, `${ns}.json`), 'utf8'));
const NS = ['ui', 'resultsUi', 'questionnaire', 'recommendations', 'study'];
const en = Object.fromEntries(NS.map((ns) => [ns, read('en', ns)]));
// The widget looks the results screens' keys up in `resultsUi` when `ui` has not got them.
for (const [group, keys] of Object.entries(en.resultsUi)) en.ui[group] = { ...en.ui[group], ...keys };
const leaves = (o) => (typeof o === 'string' ? [o] : Object.values(o).flatMap(leaves));
const english = new Set(NS.flatMap((ns) => leaves(en[ns])));
// Distinctive French strings: long enough not to be a proper noun, absent from English.
const french = NS.flatMap((ns) => leaves(read('fr', ns)))
  .map((s) => s.split('{{')[0].trim())
  .filter((s) => s.length >= 14 && !english.has(s));

function frenchLeft(text) {
  return french.filter((s) => text.includes(s));
}

const widgetText = (page) => page.locator('.sd-host').first().innerText();

/** Answers the first option of every group on each step, in English, up to the results. */
async function journeyToResults(page) {
  await page.getByRole('button', { name: en.ui.welcome.start, exact: true }).click();
  for (let step = 1; step <= 9; step++) {
    await page.getByText(`Step ${step} of 9`, { exact: true }).waitFor();
    const left = frenchLeft(await widgetText(page));
    assert.deepEqual(left, [], `French left on step ${step}: ${left.join(' | ')}`);
    const groups = page.locator('fieldset');
    for (let g = 0; g < (await groups.count()); g++) {
      const first = groups.nth(g).locator('input').first();
      if (!(await first.isChecked())) await first.check();
    }
    await page.getByRole('button', { name: step === 9 ? en.ui.review.seeResults : en.ui.nav.next, exact: true }).click();
  }
  await page.getByRole('heading', { name: en.ui.results.title, exact: true, level: 2 }).waitFor();
}

async function assertEnglishResultsAndSheet(page, pdfText) {
  const left = frenchLeft(await widgetText(page));
  assert.deepEqual(left, [], `French left on the results: ${left.join(' | ')}`);
  await page.evaluate(() => { window.print = () => undefined; });
  await page.getByRole('button', { name: en.ui.results.print, exact: true }).click();
  const text = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
  assert.ok(text.includes(en.ui.sheet.title.slice(0, 20)), 'the sheet has its English title');
  const leftOnSheet = frenchLeft(text.replace(/\s+/g, ' '));
  assert.deepEqual(leftOnSheet, [], `French left on the sheet: ${leftOnSheet.join(' | ')}`);
  assert.match(text, /\d+%/, 'English percentages have no space before %');
}

test('English chosen by attribute: full journey, results and sheet without French', async ({ baseUrl, newPage, pdfText, assertClean }) => {
  test.setTimeout(engineTime(60_000));
  const page = await newPage();
  await page.goto(`${baseUrl}/?lang=en`);
  await journeyToResults(page);
  await assertEnglishResultsAndSheet(page, pdfText);
  await assertClean(page);
});

test('English chosen by the host page <html lang="en">, in an embed', async ({ baseUrl, newPage, pdfText, assertClean }) => {
  test.setTimeout(engineTime(60_000));
  const page = await newPage();
  await page.goto(`${baseUrl}/demo/english.html`);
  await journeyToResults(page);
  await assertEnglishResultsAndSheet(page, pdfText);
  assert.deepEqual(page.records.externalRequests, []);
  await assertClean(page);
});

test('switching language mid-journey keeps the answers and the step; French visitors never fetch English', async ({ baseUrl, newPage }) => {
  const page = await newPage();
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${baseUrl}/`);
  await page.getByRole('button', { name: 'Commencer le diagnostic', exact: true }).click();
  await page.getByRole('button', { name: 'Suivant', exact: true }).click();
  const radio = page.locator('fieldset').first().getByRole('radio').nth(1);
  await radio.check();
  assert.ok(!fetched.some((p) => p.includes('/locales/')), 'no language file fetched for French');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByText('Step 2 of 9', { exact: true }).waitFor();
  assert.ok(await page.locator('fieldset').first().getByRole('radio').nth(1).isChecked(), 'the answer survived the switch');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await page.getByText('Étape 2 sur 9', { exact: true }).waitFor();
});

test('a reload comes back in the language the user switched to, on a French page', async ({ baseUrl, newPage }) => {
  const page = await newPage();
  await page.goto(`${baseUrl}/demo/plain.html`);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('button', { name: en.ui.welcome.start, exact: true }).click();
  await page.locator('fieldset').first().getByRole('radio').first().check();
  await page.reload();
  await page.getByRole('button', { name: en.ui.welcome.resume, exact: true }).click();
  await page.getByText('Step 1 of 9', { exact: true }).waitFor();
  assert.ok(await page.locator('fieldset').first().getByRole('radio').first().isChecked(), 'the answer survived the reload');
});
