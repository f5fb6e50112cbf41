// The results' code comes in a second file, results.js beside embed.js, fetched in idle time
// after the first screen (issue 13). When it cannot load (offline, blocked), the results step
// says so, nothing answered is lost, and "Réessayer" loads it; several instances share one load.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { button, EXPECTED_SCORE, fr, overallScore, personaToResults } from './flows.mjs';

const isLate = (url) => new URL(url).pathname.endsWith('/results.js');

test('results.js offline: the results step says so, every answer is kept, and "Réessayer" brings the results', async ({ baseUrl, newPage, assertClean }) => {
  const page = await newPage();
  await page.route(isLate, (route) => route.abort('internetdisconnected'));
  // The standalone page loads embed.js as partners do; the journey never needs results.js.
  await personaToResults(page, `${baseUrl}/`, 'equippedEi');
  const alert = page.getByRole('alert').filter({ hasText: fr.ui.late.failed });
  await alert.waitFor();
  // Nothing answered is lost: a reload resumes on the results step, still saying why it waits.
  await page.reload();
  await button(page, fr.ui.welcome.resume).click();
  await alert.waitFor();

  await page.unroute(isLate);
  await button(page, fr.ui.late.retry).click();
  await page.locator('.sd-summary__score').first().waitFor();
  assert.equal(await overallScore(page), EXPECTED_SCORE.equippedEi);
  await assertClean(page, { allowConsole: /results\.js|Failed to load resource|ERR_INTERNET_DISCONNECTED/ });
});

test('two.html: two instances, one results.js, fetched in idle time before anyone clicks', async ({ baseUrl, newPage, assertClean }) => {
  const page = await newPage();
  const fetched = [];
  page.on('request', (req) => isLate(req.url()) && fetched.push(req.url()));
  await page.goto(`${baseUrl}/demo/two.html`);
  for (const id of ['#diagnostic-a', '#diagnostic-b']) await page.locator(id).getByRole('button', { name: fr.ui.welcome.start }).waitFor();
  await page.waitForFunction(() => Boolean(window.SiaeDiagnostic?.results), null, { timeout: 10_000 });
  await page.waitForTimeout(500);
  assert.equal(fetched.length, 1, `results.js fetched once for both instances: ${fetched.join(', ')}`);
  assert.deepEqual(await page.evaluate(() => Object.keys(window.SiaeDiagnostic)), ['mount', 'defineElement', 'version'], 'the global’s public face is unchanged');
  await assertClean(page);
});
