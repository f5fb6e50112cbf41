// Issue 5 and 14: "Imprimer ou enregistrer en PDF" prints only the result sheet — two A4
// pages, no buttons, a footer on each page (page / total, date, tool, partner contact) — from
// the standalone page and from an embed (dist/demo/plain.html), and leaves the page as it was
// after printing. One test per persona prints the sheet twice: without a plan (the priority
// actions, nobody named yet) and with one (owners, months, statuses, notes, an added action);
// each logs its PDF size and page count. window.print is replaced by a no-op; page.pdf()
// renders the print media the dialog would have printed.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, pdfTextRaw } from './helpers.mjs';
import { DIMENSIONS, button, dimTitle, emptyToResults, fr, norm, personaToResults } from './flows.mjs';
import { addFirstOffered, planRegion, planTitles, setPlanEntry } from './planFlows.mjs';
import { engineTime, test } from './fixtures.mjs';

const PERSONAS = [
  ['beginnerAci', 'Atelier du Val Vert'],
  ['equippedEi', 'Logistique Solidaire'],
  ['ettiToolsNotPeople', 'Intérim’Insertion 59'],
  ['allDontKnow', ''],
  ['smallAi', 'AI du Bocage'],
  ['eitiSupport', ''],
  ['smallAciNoComputers', 'Jardins de la Vallée'],
  ['empty', 'Structure sans réponse'],
];
const FIREFOX_PERSONAS = ['beginnerAci', 'allDontKnow'];
const NOT_ON_PAPER = [
  fr.ui.nav.next, fr.ui.nav.previous, fr.ui.results.edit, fr.ui.results.print, fr.ui.results.restart,
  fr.ui.transfer.download, fr.ui.transfer.import, fr.ui.transfer.shareCreate, fr.ui.results.tableSummary, fr.ui.plan.add,
];

/** What the results screen shows, to find again on paper (folded parts read through textContent). */
async function onScreen(page) {
  const study = page.getByRole('region', { name: fr.ui.results.studyTitle, exact: true });
  const plan = planRegion(page);
  return {
    figures: [...new Set(norm(await study.textContent()).match(/\d+ %/g))],
    topTitles: await planTitles(page),
    urls: await plan.getByRole('article').locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    dontKnow: await page.locator('.sd-dk li').evaluateAll((lis) => lis.map((li) => li.firstChild.textContent.trim())),
  };
}

/**
 * Click print with window.print stubbed, render the PDF, fire afterprint, check the
 * page is back as before. Returns { pdf, text (raw, normalised), layout }.
 */
async function printSheet(page, { pdfText, pdfPageCount }, label, structureName = '') {
  const before = await page.evaluate(() => {
    window.__printCalls = 0;
    window.print = () => window.__printCalls++;
    return { sheets: document.adoptedStyleSheets.length, children: document.body.children.length, title: document.title };
  });
  await button(page, fr.ui.results.print).click();
  const during = await page.evaluate(() => ({ calls: window.__printCalls, hosts: document.querySelectorAll('[data-siae-print]').length, title: document.title }));
  // The browser names the PDF after the document's title.
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
  const fileTitle = structureName ? `Diagnostic numérique SIAE – ${structureName} – ${today}` : `Diagnostic numérique SIAE – ${today}`;
  assert.deepEqual(during, { calls: 1, hosts: 1, title: fileTitle }, 'print should call window.print once with one sheet in the page, titled for the PDF');
  const pdf = await page.pdf({ format: 'A4', printBackground: true, tagged: true });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  const after = await page.evaluate(() => ({
    sheets: document.adoptedStyleSheets.length,
    children: document.body.children.length,
    hosts: document.querySelectorAll('[data-siae-print]').length,
    title: document.title,
  }));
  assert.deepEqual(after, { ...before, hosts: 0 }, 'after printing the page should be back as before');
  await button(page, fr.ui.results.print).waitFor(); // the results are still on screen
  const pages = await pdfPageCount(pdf);
  console.log(`    PDF ${label}: ${pdf.length} bytes, ${pages} page(s)`);
  const raw = await pdfTextRaw(pdf);
  return { pdf, pages, text: norm(raw), layout: norm(await pdfText(pdf)), pageTexts: raw.split('\f').map(norm).filter(Boolean) };
}

/** Everything the sheet must hold; every problem listed at once. */
function sheetProblems({ text, layout, pageTexts, pages }, seen, { score, structureName, plan, marginBoxes }) {
  const problems = [];
  const want = (cond, what) => cond || problems.push(what);
  const compact = text.replace(/\s+/g, '');
  want(new RegExp(`(^|\\D)${score} ?/ ?100`).test(text), `overall score "${score} / 100"`);
  want(text.includes(fr.ui.sheet.title), `title "${fr.ui.sheet.title}"`);
  for (const d of DIMENSIONS) want(text.includes(dimTitle(d)), `dimension "${dimTitle(d)}"`);
  want(seen.figures.length >= 3, `the study's figures on screen (saw ${seen.figures})`);
  for (const f of seen.figures) want(text.includes(f), `study figure "${f}"`);
  want(text.includes('Source : WeTechCare'), 'the study indicators’ source');
  if (score > 0 || seen.dontKnow.length) want(seen.topTitles.length > 0 && seen.urls.length > 0, 'the plan with resources on screen');
  else want(text.includes(fr.ui.results.noRecommendation), `"${fr.ui.results.noRecommendation}"`);
  // Page 2 holds the plan as a table: every action of the plan, its resources' URLs in full.
  const page2 = (pageTexts[1] ?? '').replace(/\s+/g, '');
  want(page2.includes(fr.ui.plan.title.replace(/\s+/g, '')), `"${fr.ui.plan.title}" on page 2`);
  for (const t of seen.topTitles) want(page2.includes(t.replace(/\s+/g, '')), `plan row "${t}" on page 2`);
  for (const u of seen.urls) want(compact.includes(u), `resource URL in full "${u}"`);
  for (const row of plan) for (const v of [row.owner, row.target, row.status, row.note]) want(page2.includes(v.replace(/\s+/g, '')), `plan value "${v}" on page 2`);
  // Compared without spaces: a line may wrap at a hyphen ("elles-|mêmes").
  want(compact.includes(fr.study.study.method.replace(/\s+/g, '')), 'the method note (84 SIAE, early 2021)');
  // The PDF's text is NFKC-normalised (lib/pdf.mjs: Firefox's ligatures), so "…" reads "...".
  for (const q of seen.dontKnow) want(text.includes(norm(q).normalize('NFKC')), `"je ne sais pas" question "${q}"`);
  if (structureName) want(text.includes(structureName), `structure name "${structureName}"`);
  // The footer of every page: page / total, the date, the tool's name, the contact line.
  const date = /Fiche du (.+?) · questionnaire/.exec(text)?.[1];
  want(date, 'the date in the header');
  // Firefox 153 draws no @page margin boxes (measured: no footer text in its PDF); its own print
  // dialog adds the page numbers and date there. The footer is checked where the engine draws it.
  for (let i = 0; marginBoxes && i < pageTexts.length; i += 1) {
    const footer = `Diagnostic numérique SIAE · ${date} · ${fr.ui.sheet.contact}`.replace(/\s+/g, '');
    want(pageTexts[i].replace(/\s+/g, '').includes(footer), `page ${i + 1}: footer "${footer}"`);
    want(pageTexts[i].includes(`Page ${i + 1} / ${pages}`), `page ${i + 1}: "Page ${i + 1} / ${pages}"`);
  }
  for (const b of NOT_ON_PAPER) if (text.includes(b) || layout.includes(b)) problems.push(`NOT on paper, but found: "${b}"`);
  return problems;
}

async function checkPrint(page, ctx, label, structureName, plan) {
  const score = Number(norm(await page.locator('.sd-summary__score').innerText()).split(' ')[0]);
  const seen = await onScreen(page);
  const out = await printSheet(page, ctx, label, structureName);
  // SHEET_PDF_DIR=test-results/sheets keeps each PDF, to look at (pdftoppm -png).
  if (process.env.SHEET_PDF_DIR) {
    mkdirSync(process.env.SHEET_PDF_DIR, { recursive: true });
    writeFileSync(path.join(process.env.SHEET_PDF_DIR, `${label.replace(/[^\w-]+/g, '-')}.pdf`), out.pdf);
  }
  const problems = sheetProblems(out, seen, { score, structureName, plan, marginBoxes: ctx.browserName === 'chromium' });
  assert.deepEqual(problems, [], `the PDF of ${label} misses:\n  ${problems.join('\n  ')}`);
  assert.equal(out.pages, 2, `the sheet of ${label} prints on ${out.pages} A4 pages (2 expected)`);
  return { out, seen };
}

/** A plan as a structure fills it: two actions followed up, one more added. */
const PLAN = [
  { owner: 'Awa Diallo, CIP', target: '2027-03', status: 'doing', note: 'Devis demandé à Solidatech' },
  { owner: 'Direction', target: '2027-06', status: 'done', note: 'Voté en CA' },
];

async function printPersona(ctx, url, name, structureName, label = name) {
  const page = await ctx.newPage();
  if (name === 'empty') await emptyToResults(page, url);
  else await personaToResults(page, url, name, { structureName });
  if (name === 'allDontKnow') assert.ok((await onScreen(page)).dontKnow.length > 0, 'the "je ne sais pas" list should be on screen');
  const { out } = await checkPrint(page, ctx, `${label} without a plan`, name === 'empty' ? '' : structureName, []);
  // Firefox checks the rendering of the sheet; filling a plan is the same DOM logic in every engine
  // (Chromium prints both), and at 2 minutes a walk there it would take CI past its limit.
  if (ctx.browserName === 'firefox') return { page, out };
  const count = await planRegion(page).getByRole('article').count();
  const rows = [];
  for (let i = 0; i < Math.min(count, PLAN.length); i += 1) {
    await setPlanEntry(page, i, PLAN[i]);
    rows.push({ ...PLAN[i], status: fr.ui.plan.statuses[PLAN[i].status] });
  }
  await addFirstOffered(page);
  await checkPrint(page, ctx, `${label} with a plan`, name === 'empty' ? '' : structureName, rows);
  await ctx.assertClean(page);
  return { page, out };
}

test.describe(() => {
  // Two walks and two PDFs per test: 90 s, doubled in Firefox like every limit (engineTime).
  test.beforeEach(() => test.setTimeout(engineTime(90_000)));
  for (const [name, structureName] of PERSONAS) {
    test(`standalone: PDF of ${name}, without and with a plan — 2 A4 pages with footers, scores, study, plan rows, URLs, method, no buttons`,
      ({ baseUrl, newPage, pdfText, pdfPageCount, assertClean, browserName }) => {
        // Firefox prints the shortest and the longest sheet without a plan; Chromium every persona, without and with one.
        test.skip(browserName === 'firefox' && !FIREFOX_PERSONAS.includes(name), 'Firefox prints beginnerAci and allDontKnow; Chromium prints every persona');
        return printPersona({ newPage, pdfText, pdfPageCount, assertClean, browserName }, `${baseUrl}/`, name, structureName);
      });
  }

  test('the annex of every answer prints only when its box is ticked, after the two pages', async ({ baseUrl, newPage, pdfText, pdfPageCount, browserName }) => {
    test.skip(browserName === 'firefox', 'page breaks are checked in Firefox by the two-page sheets above; the annex is the same CSS');
    const page = await newPage();
    await personaToResults(page, `${baseUrl}/`, 'equippedEi');
    const box = page.getByRole('checkbox', { name: fr.ui.sheet.annexOption, exact: true });
    assert.equal(await box.isChecked(), false);
    await box.check();
    const out = await printSheet(page, { pdfText, pdfPageCount }, 'equippedEi with the annex');
    assert.ok(out.pages > 2, `the annex adds pages (${out.pages})`);
    assert.ok(!out.pageTexts[1].includes(fr.ui.sheet.annexTitle), 'page 2 is still the plan');
    assert.ok(out.pageTexts[2].includes(fr.ui.sheet.annexTitle), 'the annex starts on page 3');
    if (browserName === 'chromium') assert.ok(out.pageTexts[2].includes(`Page 3 / ${out.pages}`), 'its pages have the footer too');
  });

  const demo = path.join(REPO_ROOT, 'dist', 'demo', 'plain.html');
  test('embed (demo/plain.html): PDF holds the sheet only, none of the host page’s own text', async ({ baseUrl, newPage, pdfText, pdfPageCount, assertClean, browserName }) => {
    test.skip(!existsSync(demo), 'dist/demo/plain.html is missing (build the demos first): the embed print test did not run');
    const ctx = { baseUrl, newPage, pdfText, pdfPageCount, assertClean, browserName };
    const hostText = async (page) => page.evaluate(() =>
      [...document.body.querySelectorAll('*')]
        .filter((e) => !e.closest('siae-diagnostic, [data-siae-print]') && !e.children.length && e.textContent.trim().length > 12)
        .map((e) => e.textContent.replace(/\s+/g, ' ').trim()));
    const probe = await ctx.newPage();
    await probe.goto(`${ctx.baseUrl}/demo/plain.html`);
    const host = await hostText(probe);
    assert.ok(host.length >= 2, `the demo page should have text of its own, found ${JSON.stringify(host)}`);
    await probe.close();
    const { out } = await printPersona(ctx, `${ctx.baseUrl}/demo/plain.html`, 'equippedEi', 'Logistique Solidaire', 'equippedEi (embed)');
    const leaked = host.map(norm).filter((line) => out.text.includes(line) || out.layout.includes(line));
    assert.deepEqual(leaked, [], 'the host page’s own text must not be printed');
  });
});
