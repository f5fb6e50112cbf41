// Issue 3: axe-core (WCAG 2.0/2.1 A + AA) reports zero violations on every screen of
// the standalone page: welcome (fresh and resumable), profile, each dimension step,
// review, results with a persona's answers, and the results with every <details> open.
import assert from 'node:assert/strict';
import {
  DIMENSIONS, answer, button, dimTitle, dimensionOf, fr, next, persona, startJourney, waitHeading,
} from './flows.mjs';
import { test } from './fixtures.mjs';

/** Run axe on `page`; collect "<screen>: <violations>" into `failures`. */
async function audit(page, axe, formatViolations, screen, failures, log) {
  const v = await axe(page);
  log.push(`${screen}: ${v.length}`);
  if (v.length) failures.push(`── ${screen}\n${formatViolations(v)}`);
}

/** Open every <details> of the results by clicking its summary. */
async function openAllDetails(page) {
  const summaries = page.locator('details:not([open]) > summary');
  for (let n = await summaries.count(); n > 0; n = await summaries.count()) await summaries.first().click();
  return page.locator('details[open]').count();
}

/** A persona's journey with axe on each screen (each step once answered, so conditional questions show). */
async function auditedJourney({ page, baseUrl, axe, formatViolations }, name) {
  const p = await persona(name);
  const failures = [];
  const log = [];
  await page.goto(`${baseUrl}/`);
  await waitHeading(page, fr.ui.welcome.title);
  await audit(page, axe, formatViolations, 'welcome', failures, log);
  await startJourney(page, `${baseUrl}/`);
  await audit(page, axe, formatViolations, 'profile (empty)', failures, log);
  for (const [id, value] of Object.entries(p.profile)) await answer(page, id, value);
  await audit(page, axe, formatViolations, 'profile (answered)', failures, log);
  for (const d of DIMENSIONS) {
    await next(page, dimTitle(d));
    for (const [id, value] of Object.entries(p.answers)) if (dimensionOf(id) === d) await answer(page, id, value);
    await audit(page, axe, formatViolations, d, failures, log);
  }
  await next(page, fr.ui.review.title);
  await audit(page, axe, formatViolations, 'review', failures, log);
  await next(page, fr.ui.results.title, fr.ui.review.seeResults);
  await audit(page, axe, formatViolations, `results (${name})`, failures, log);
  const open = await openAllDetails(page);
  assert.ok(open >= 1, 'the results should have <details> to open');
  await audit(page, axe, formatViolations, `results (${name}), ${open} details open`, failures, log);
  console.log(`    axe violations per screen — ${log.join(', ')}`);
  assert.equal(failures.length, 0, `axe violations:\n${failures.join('\n')}`);
}

test('axe: zero violations on welcome, profile, every dimension step, review, results and open details (ettiToolsNotPeople)', async ({ baseUrl, newPage, axe, formatViolations }) => {
  test.setTimeout(60_000);
  await auditedJourney({ page: await newPage(), baseUrl, axe, formatViolations }, 'ettiToolsNotPeople');
});

test('axe: zero violations with "je ne sais pas" answers (allDontKnow: points-to-check list)', async ({ baseUrl, newPage, axe, formatViolations }) => {
  test.setTimeout(60_000);
  const page = await newPage();
  await auditedJourney({ page, baseUrl, axe, formatViolations }, 'allDontKnow');
  await page.getByRole('heading', { name: /points? à vérifier$/, level: 3 }).waitFor();
});

test('axe: zero violations on the welcome screen with a resumable diagnostic', async ({ baseUrl, newPage, axe, formatViolations }) => {
  const page = await newPage();
  await startJourney(page, `${baseUrl}/`);
  const q = fr.q.profile.structureType;
  await page.getByRole('group', { name: q.label, exact: true }).getByRole('radio', { name: q.options.ei }).check();
  await page.reload();
  await button(page, fr.ui.welcome.resume).waitFor();
  await button(page, fr.ui.welcome.restart).click(); // the inline confirmation too
  await button(page, fr.ui.welcome.restartYes).waitFor();
  const v = await axe(page);
  assert.equal(v.length, 0, `axe violations:\n${formatViolations(v)}`);
  await button(page, fr.ui.common.cancel).click();
  const v2 = await axe(page);
  assert.equal(v2.length, 0, `axe violations:\n${formatViolations(v2)}`);
});
