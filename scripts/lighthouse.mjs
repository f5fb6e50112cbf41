// Lighthouse report (a measurement, not a test; CI does not run it). Serves
// dist/ on loopback and audits the standalone page and an embed demo in
// Debian's Chromium, with Lighthouse's default mobile throttling.
//   npm run build && npm run lighthouse
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from './serve.mjs';

const PAGES = ['/', '/demo/plain.html'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];
const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

const server = await startServer({ port: 0 });
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
try {
  for (const page of PAGES) {
    const { lhr } = await lighthouse(`${server.url}${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const scores = Object.values(lhr.categories).map((c) => `${c.title} ${Math.round(c.score * 100)}`);
    const metrics = METRICS.map((id) => `${lhr.audits[id].title}: ${lhr.audits[id].displayValue}`);
    // Failing audits, so a score below 100 says why.
    const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary').map((a) => a.title);
    console.log(`${page}\n  ${scores.join(' · ')}\n  ${metrics.join(' · ')}`);
    if (failing.length) console.log(`  failing: ${failing.join('; ')}`);
  }
} finally {
  await chrome.kill();
  await server.close();
}
