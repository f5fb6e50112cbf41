// Issue 3: usable on a phone. One persona's journey; on every screen the viewport is
// set to 320, 360 and 1280 px wide: at 320 px nothing may scroll sideways; at 360 and
// 1280 px full-page screenshots of welcome, a dimension step, review and results go
// to test-results/screens/<name>-<width>.png (to be looked at).
import assert from 'node:assert/strict';
import {
  DIMENSIONS, answer, button, dimTitle, dimensionOf, emptyToResults, fr, next, persona, screen, startJourney, waitHeading,
} from './flows.mjs';
import { engineTime, test } from './fixtures.mjs';

const WIDTHS = [320, 360, 1280];
const SHOTS = new Set(['welcome', 'dimension-equipment', 'review', 'results']);

test('layout: no horizontal scroll at 320 px on any screen; screenshots at 360 and 1280 px', async ({ baseUrl, newPage, assertClean }) => {
  test.setTimeout(engineTime(60_000));
  const page = await newPage();
  const overflow = [];
  const shots = [];
  const visit = async (name) => {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      if (width === 320) {
        const { scrollWidth, wide } = await page.evaluate(() => {
          // The widest elements, through the widget's shadow root, to say what overflows.
          const all = [...document.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e, ...e.shadowRoot.querySelectorAll('*')] : [e]));
          const wide = all
            .filter((e) => e.getBoundingClientRect().right > 320.5)
            .slice(-3)
            .map((e) => `<${e.tagName.toLowerCase()} class="${e.getAttribute('class') ?? ''}"> right=${Math.round(e.getBoundingClientRect().right)}`);
          return { scrollWidth: document.documentElement.scrollWidth, wide };
        });
        if (scrollWidth > 320) overflow.push(`${name}: scrollWidth ${scrollWidth} (${wide.join(', ')})`);
      } else if (SHOTS.has(name)) {
        shots.push(await screen(page, name));
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  };

  const p = await persona('beginnerAci');
  await page.goto(`${baseUrl}/`);
  await waitHeading(page, fr.ui.welcome.title);
  await visit('welcome');
  await startJourney(page, `${baseUrl}/`);
  for (const [id, value] of Object.entries(p.profile)) await answer(page, id, value);
  await page.getByRole('textbox', { name: /^Nom de la structure/ }).fill('Atelier et chantier d’insertion du Val-de-Nord');
  await visit('profile');
  for (const d of DIMENSIONS) {
    await next(page, dimTitle(d));
    for (const [id, value] of Object.entries(p.answers)) if (dimensionOf(id) === d) await answer(page, id, value);
    await visit(`dimension-${d}`);
  }
  await next(page, fr.ui.review.title);
  await visit('review');
  await next(page, fr.ui.results.title, fr.ui.review.seeResults);
  // Open the score table and the first group of other recommendations, to see them.
  await page.getByText(fr.ui.results.tableSummary, { exact: true }).click();
  // The other recommendations are folded (issue 14): open the fold, then one theme.
  await page.locator('summary', { hasText: fr.ui.results.othersTitle }).click();
  await page.locator('summary', { hasText: / : \d+ recommandations?$/ }).first().click();
  await visit('results');

  console.log(`    screenshots: ${shots.length} in test-results/screens/`);
  assert.deepEqual(overflow, [], `horizontal scrolling at 320 px:\n  ${overflow.join('\n  ')}`);
  await assertClean(page);
});

test('layout: the results’ score table breaks no word in the middle (360 and 1280 px)', async ({ baseUrl, newPage }) => {
  const page = await newPage();
  await emptyToResults(page, `${baseUrl}/`);
  await page.getByText(fr.ui.results.tableSummary, { exact: true }).click();
  const broken = [];
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const words = await page.getByRole('table', { name: fr.ui.results.tableCaption }).evaluate((table) => {
      const out = [];
      for (const cell of table.querySelectorAll('th, td')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const m of node.data.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (lines.size > 1) out.push(`"${m[0]}" on ${lines.size} lines`);
          }
        }
      }
      return out;
    });
    if (words.length) broken.push(`${width} px: ${[...new Set(words)].join(', ')}`);
  }
  assert.deepEqual(broken, [], 'words cut in the middle in the table "Scores par thème, sur 100"');
  await button(page, fr.ui.results.print).waitFor();
});
