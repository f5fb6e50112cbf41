// One traced page load of the bench page (see ../bench/timeToQuestion.mjs), with the
// CPU slowed `cpu` times through the DevTools protocol. Returns the trace events.
import { startServer } from '../preview.mjs';
import { launchChromium } from '../../tests/browser/lib/engines.mjs';
import { MARK, PAGE } from '../bench/timeToQuestion.mjs';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
  'loading',
];

export async function profileRun({ root, cpu }) {
  const server = await startServer({ root, port: 0 });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await page.route(`${server.url}/__bench/**`, (route) => {
      const isMark = route.request().url().endsWith('/mark.js');
      return route.fulfill({ contentType: isMark ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8', body: isMark ? MARK : PAGE });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(`${server.url}/__bench/index.html`);
    await page.waitForFunction(() => performance.getEntriesByName('siae-first-question').length > 0, null, { timeout: 60_000 });
    const buffer = await browser.stopTracing();
    return { chromium: browser.version(), trace: JSON.parse(buffer.toString('utf8')) };
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
}
