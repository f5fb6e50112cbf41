// Issue 5: "Imprimer ou enregistrer en PDF" prints only the result sheet — A4, at most
// 2 pages, no buttons — from the standalone page and from an embed (dist/demo/plain.html),
// and leaves the page as it was after printing. One test per persona; each logs its
// PDF size and page count. window.print is replaced by a no-op; page.pdf() renders
// the print media the dialog would have printed.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, pdfTextRaw } from './helpers.mjs';
import { DIMENSIONS, button, dimTitle, fr, norm, personaToResults } from './flows.mjs';
import { test } from './fixtures.mjs';

const PERSONAS = [
  ['beginnerAci', 'Atelier du Val Vert'],
  ['equippedEi', 'Logistique Solidaire'],
  ['ettiToolsNotPeople', 'Intérim’Insertion 59'],
  ['allDontKnow', ''],
  ['empty', 'Structure sans réponse'],
];
const NOT_ON_PAPER = [
  fr.ui.nav.next, fr.ui.nav.previous, fr.ui.results.edit, fr.ui.results.print, fr.ui.results.restart,
  fr.ui.transfer.download, fr.ui.transfer.import, fr.ui.transfer.shareCreate, fr.ui.results.tableSummary,
];

/** What the results screen shows, to find again on paper. */
async function onScreen(page) {
  const study = page.getByRole('region', { name: fr.ui.results.studyTitle, exact: true });
  const top = page.getByRole('region', { name: /recommandations? prioritaires?$/ });
  return {
    figures: [...new Set(norm(await study.innerText()).match(/\d+ %/g))],
    topTitles: (await top.getByRole('heading', { level: 4 }).allInnerTexts()).map(norm),
    urls: await top.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
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
  return { pdf, pages, text: norm(await pdfTextRaw(pdf)), layout: norm(await pdfText(pdf)) };
}

/** Everything the sheet must hold; every problem listed at once. */
function sheetProblems({ text, layout }, seen, { score, structureName }) {
  const problems = [];
  const want = (cond, what) => cond || problems.push(what);
  const compact = text.replace(/\s+/g, '');
  want(new RegExp(`(^|\\D)${score} ?/ ?100`).test(text), `overall score "${score} / 100"`);
  want(text.includes(fr.ui.sheet.title), `title "${fr.ui.sheet.title}"`);
  for (const d of DIMENSIONS) want(text.includes(dimTitle(d)), `dimension "${dimTitle(d)}"`);
  want(seen.figures.length >= 3, `the study's figures on screen (saw ${seen.figures})`);
  for (const f of seen.figures) want(text.includes(f), `study figure "${f}"`);
  want(text.includes('Source : WeTechCare'), 'the study indicators’ source');
  if (score > 0 || seen.dontKnow.length) want(seen.topTitles.length > 0 && seen.urls.length > 0, 'top recommendations with resources on screen');
  else want(text.includes(fr.ui.results.noRecommendation), `"${fr.ui.results.noRecommendation}"`);
  for (const t of seen.topTitles) want(text.includes(t), `top recommendation "${t}"`);
  for (const u of seen.urls) want(compact.includes(`(${u})`), `resource URL in full "${u}"`);
  if (seen.urls.length) want(/https:\/\//.test(text), 'any https:// URL');
  // Compared without spaces: a line may wrap at a hyphen ("elles-|mêmes").
  want(compact.includes(fr.study.study.method.replace(/\s+/g, '')), 'the method note (84 SIAE, early 2021)');
  for (const q of seen.dontKnow) want(text.includes(norm(q)), `"je ne sais pas" question "${q}"`);
  if (structureName) want(text.includes(structureName), `structure name "${structureName}"`);
  for (const b of NOT_ON_PAPER) if (text.includes(b) || layout.includes(b)) problems.push(`NOT on paper, but found: "${b}"`);
  return problems;
}

async function printPersona(ctx, url, name, structureName, label = name) {
  const page = await ctx.newPage();
  await personaToResults(page, url, name, { structureName });
  const score = Number(norm(await page.locator('.sd-summary__score').innerText()).split(' ')[0]);
  const seen = await onScreen(page);
  if (name === 'allDontKnow') assert.ok(seen.dontKnow.length > 0, 'the "je ne sais pas" list should be on screen');
  const out = await printSheet(page, ctx, label, structureName);
  const problems = sheetProblems(out, seen, { score, structureName });
  assert.deepEqual(problems, [], `the PDF of ${label} misses:\n  ${problems.join('\n  ')}`);
  assert.ok(out.pages <= 2, `the sheet of ${label} prints on ${out.pages} A4 pages (at most 2 expected)`);
  await ctx.assertClean(page);
  return { page, out };
}

test.describe(() => {
  test.describe.configure({ timeout: 45_000 });
  for (const [name, structureName] of PERSONAS) {
    test(`standalone: PDF of ${name} — ≤ 2 A4 pages, scores, study, top recommendations, URLs, method, no buttons`,
      ({ baseUrl, newPage, pdfText, pdfPageCount, assertClean }) =>
        printPersona({ newPage, pdfText, pdfPageCount, assertClean }, `${baseUrl}/`, name, structureName));
  }

  const demo = path.join(REPO_ROOT, 'dist', 'demo', 'plain.html');
  test('embed (demo/plain.html): PDF holds the sheet only, none of the host page’s own text', async ({ baseUrl, newPage, pdfText, pdfPageCount, assertClean }) => {
    test.skip(!existsSync(demo), 'dist/demo/plain.html is missing (build the demos first): the embed print test did not run');
    const ctx = { baseUrl, newPage, pdfText, pdfPageCount, assertClean };
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
