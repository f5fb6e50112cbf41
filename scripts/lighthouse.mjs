// Lighthouse report (a measurement, not a test; CI does not run it). Serves
// dist/ on loopback and audits the standalone page and an embed demo in
// Debian's Chromium, with Lighthouse's default mobile throttling.
//   npm run build && npm run lighthouse
// Lighthouse runs through npx, not as a devDependency: one of its
// dependencies asks for "latest" of another, which would make `npm ci`
// reject the lock file whenever that package publishes.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startServer } from './preview.mjs';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const PAGES = ['/', '/demo/plain.html'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];
const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  "--host-resolver-rules='MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'",
].join(' ');

const run = promisify(execFile);
const server = await startServer({ port: 0 });
const dir = await mkdtemp(path.join(tmpdir(), 'siae-lighthouse-'));
try {
  for (const page of PAGES) {
    const out = path.join(dir, 'report.json');
    await run('npx', ['--yes', LIGHTHOUSE, `${server.url}${page}`, '--quiet', '--output=json', `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo', `--chrome-flags=${CHROME_FLAGS}`],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, maxBuffer: 1 << 26 });
    const lhr = JSON.parse(await readFile(out, 'utf8'));
    const scores = Object.values(lhr.categories).map((c) => `${c.title} ${Math.round(c.score * 100)}`);
    // Each metric with its score (0–1): which one keeps performance under 100.
    const metrics = METRICS.map((id) => `${lhr.audits[id].title}: ${lhr.audits[id].displayValue} (${lhr.audits[id].score})`);
    // Failing audits, so a score below 100 says why.
    const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary').map((a) => a.title);
    console.log(`${page}\n  ${scores.join(' · ')}\n  ${metrics.join(' · ')}`);
    if (failing.length) console.log(`  failing: ${failing.join('; ')}`);
    // Why the back/forward cache was refused, when it was (e.g. the serving headers).
    for (const item of lhr.audits['bf-cache']?.details?.items ?? []) console.log(`    bfcache: ${item.reason} (${item.failureType})`);
    // The main thread's long tasks (simulated mobile timings), what total blocking time adds up.
    for (const task of lhr.audits['long-tasks']?.details?.items ?? []) {
      console.log(`    long task: ${Math.round(task.duration)} ms at ${Math.round(task.startTime)} ms, ${String(task.url).replace(server.url, '')}`);
    }
  }
} finally {
  await server.close();
}
