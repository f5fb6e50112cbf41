// How long the results page is on a phone: each persona's results at 360 px
// wide, every folded section closed, measured as the page's scroll height.
// Needs a build (npm run build). Usage: [DIST=other/dist] node scripts/resultsHeight.mjs [persona…]
// Rerun it on any commit to compare (issue 14: the page was about 9,000 px).

import { launchChromium } from '../tests/browser/lib/engines.mjs';
import { startServer } from './preview.mjs';
import { emptyToResults, personaToResults } from '../tests/browser/flows.mjs';

const ALL = ['beginnerAci', 'equippedEi', 'ettiToolsNotPeople', 'allDontKnow', 'empty', 'smallAi', 'eitiSupport', 'smallAciNoComputers'];
const { existsSync } = await import('node:fs');
const wanted = (process.argv.slice(2).length ? process.argv.slice(2) : ALL).filter((n) => n === 'empty' || existsSync(`tests/personas/${n}.ts`));

const server = await startServer({ root: process.env.DIST ?? 'dist', port: 0 });
const browser = await launchChromium();
try {
  for (const name of wanted) {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    const page = await context.newPage();
    if (name === 'empty') await emptyToResults(page, `${server.url}/`);
    else await personaToResults(page, `${server.url}/`, name);
    const height = await page.evaluate(() => {
      const roots = [document, ...[...document.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
      for (const root of roots) for (const d of root.querySelectorAll('details')) d.open = false;
      return document.documentElement.scrollHeight;
    });
    console.log(`${name.padEnd(22)} ${String(height).padStart(6)} px`);
    if (process.env.PARTS) {
      // Where the height goes: each part of the results, top to bottom.
      const parts = await page.evaluate(() => {
        const host = [...document.querySelectorAll('*')].find((e) => e.shadowRoot?.querySelector('.sd-results'));
        const results = host?.shadowRoot?.querySelector('.sd-results');
        return [...(results?.children ?? [])].map((c) => `${Math.round(c.getBoundingClientRect().height)} ${c.tagName.toLowerCase()}.${c.className} ${(c.querySelector('h2,h3,summary,p')?.textContent ?? '').slice(0, 40)}`);
      });
      for (const p of parts) console.log(`    ${p}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
