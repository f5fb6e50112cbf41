// Issue 14: the action plan goes with the answers. It round-trips through the export file
// (version 2) into a fresh browser, and at the next diagnostic, importing the earlier file
// to compare shows, beside the change of scores, what became of each planned action and
// carries the unfinished ones over. The share link carries it only when the box is ticked.
import assert from 'node:assert/strict';
import { button, downloadAnswers, emptyToResults, freshPage, fr, importFile, personaToResults } from './flows.mjs';
import { addFirstOffered, planRegion, planTitles, setPlanEntry } from './planFlows.mjs';
import { test } from './fixtures.mjs';

test.skip(({ browserName }) => browserName === 'firefox', 'outside the named Firefox subset: export, import and the plan run in Chromium');

const choice = (page) => page.getByRole('group', { name: fr.ui.transfer.importChoice, exact: true });
const jsonFile = (file) => ({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });

async function planned(page) {
  await setPlanEntry(page, 0, { owner: 'Awa Diallo, CIP', target: '2027-03', status: 'doing', note: 'Devis demandé' });
  await setPlanEntry(page, 1, { owner: 'Direction', status: 'done' });
  const added = await addFirstOffered(page);
  return { titles: await planTitles(page), added };
}

test('a plan round-trips through the export file into a fresh browser', async ({ baseUrl, browser, newPage, assertClean }) => {
  test.setTimeout(90_000);
  const page = await newPage();
  await personaToResults(page, `${baseUrl}/`, 'beginnerAci');
  const { titles } = await planned(page);
  const file = await downloadAnswers(page);
  const doc = JSON.parse(file.text);
  assert.equal(doc.formatVersion, 2);
  assert.equal(doc.plan.length, titles.length);
  assert.deepEqual(doc.plan[0], { id: doc.plan[0].id, owner: 'Awa Diallo, CIP', target: '2027-03', status: 'doing', note: 'Devis demandé' });
  await assertClean(page);

  const fresh = await freshPage(browser);
  try {
    const other = fresh.page;
    await emptyToResults(other, `${baseUrl}/`);
    await importFile(other, jsonFile(file));
    await choice(other).getByRole('button', { name: fr.ui.transfer.replace, exact: true }).click();
    assert.deepEqual(await planTitles(other), titles);
    await planRegion(other).getByText('Suivi : En cours · qui : Awa Diallo, CIP · échéance : 2027-03').waitFor();
    await planRegion(other).getByText('Suivi : Fait · qui : Direction · échéance : —').waitFor();
  } finally {
    await fresh.context.close();
  }
});

test('the next diagnostic: importing the earlier file shows what became of each planned action, and carries the unfinished over', async ({ baseUrl, browser, newPage }) => {
  test.setTimeout(90_000);
  const page = await newPage();
  await personaToResults(page, `${baseUrl}/`, 'beginnerAci');
  const { titles, added } = await planned(page);
  const earlier = await downloadAnswers(page);

  const fresh = await freshPage(browser);
  try {
    const next = fresh.page;
    await personaToResults(next, `${baseUrl}/`, 'smallAciNoComputers');
    await importFile(next, jsonFile(earlier));
    await choice(next).getByRole('button', { name: fr.ui.transfer.compare, exact: true }).click();
    const progress = next.getByRole('region', { name: fr.ui.progress.title, exact: true });
    await progress.getByRole('table').waitFor();
    const items = await progress.locator('.sd-followup__list li').allInnerTexts();
    assert.equal(items.length, titles.length, `one line per planned action: ${items.join(' | ')}`);
    const line = (title) => items.find((i) => i.includes(title)) ?? '';
    assert.match(line(titles[0]), new RegExp(`^${fr.ui.followUp.outcome.inProgress}`));
    assert.match(line(titles[1]), new RegExp(`^${fr.ui.followUp.outcome.done}`));
    assert.match(line(added), new RegExp(`^${fr.ui.followUp.outcome.notStarted}`));
    assert.ok(line(titles[0]).includes('Awa Diallo, CIP'), 'who carried it then');

    // Unfinished ones already among today's priorities are in the plan already: the count says how many come in.
    await progress.getByRole('button', { name: /^Reporter (l’action non terminée|les \d+ actions non terminées) dans le plan$/ }).click();
    const now = await planTitles(next);
    for (const t of [titles[0], added]) assert.ok(now.includes(t), `"${t}" carried over into ${now.join(' | ')}`);
    // What was under way comes back with who carried it.
    const carried = planRegion(next).getByRole('article').filter({ hasText: titles[0] });
    await carried.getByText('Suivi : En cours · qui : Awa Diallo, CIP · échéance : 2027-03').waitFor();
  } finally {
    await fresh.context.close();
  }
});

test('the share link carries the plan only when the box is ticked', async ({ baseUrl, newPage }) => {
  test.setTimeout(90_000);
  const page = await newPage();
  await personaToResults(page, `${baseUrl}/`, 'beginnerAci');
  await setPlanEntry(page, 0, { owner: 'Awa Diallo, CIP' });
  const box = page.getByRole('checkbox', { name: fr.ui.transfer.sharePlan, exact: true });
  assert.equal(await box.isChecked(), false, 'unticked by default');
  await button(page, fr.ui.transfer.shareCreate).click();
  const field = page.getByRole('textbox', { name: fr.ui.transfer.shareLabel, exact: true });
  const plain = await field.inputValue();
  await box.check();
  await button(page, fr.ui.transfer.shareCreate).click();
  const withPlan = await field.inputValue();
  assert.ok(withPlan.length > plain.length + 20, 'the link with the plan is longer');
  const opened = await newPage();
  await opened.goto(plain);
  await opened.getByRole('heading', { name: fr.ui.shared.title, exact: true }).waitFor();
  // The heading shows at once; the shared results come with results.js: wait for them before counting.
  await opened.locator('.sd-summary__score').first().waitFor();
  assert.equal(await opened.getByText('Awa Diallo, CIP').count(), 0, 'no name in a link made without the plan');
  await opened.goto('about:blank');
  await opened.goto(withPlan);
  await opened.getByRole('heading', { name: fr.ui.shared.title, exact: true }).waitFor();
  await opened.getByText('Awa Diallo, CIP').first().waitFor();
});
