// Browser tests of the built widget (dist/) with @playwright/test, in the engines Debian
// installs: Chromium and Firefox ESR driven by Playwright, WebKitGTK through WebKitWebDriver
// (tests/browser/webkit/, a smoke suite). An engine that is not installed is skipped with a
// loud banner and a skipped test naming it; with CI=true it fails the run. See tests/browser/README.md.
import { defineConfig } from '@playwright/test';
import { CONTEXT_OPTIONS, WAIT_TIMEOUT } from './tests/browser/lib/context.mjs';
import { CHROMIUM_ARGS, findEngine, skipBanner } from './tests/browser/lib/engines.mjs';

const CI = process.env.CI === 'true' || process.env.CI === '1';
const TIMEOUT = Number(process.env.BROWSER_TEST_TIMEOUT) || 30_000;
const IN_MAIN_PROCESS = !process.env.TEST_WORKER_INDEX;

const uses = {
  chromium: ([executablePath]) => ({
    browserName: 'chromium',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  }),
  // Stock Firefox over WebDriver BiDi: `channel: 'moz-firefox'` (without it Playwright looks for its own build).
  // Its `load` came after 10 s on a loaded machine while the page had rendered: navigations get 30 s.
  firefox: ([executablePath]) => ({
    browserName: 'firefox',
    channel: 'moz-firefox',
    launchOptions: { executablePath },
    navigationTimeout: 30_000,
  }),
  webkit: ([driver, miniBrowser]) => ({ webkit: { driver, miniBrowser } }),
};

// Firefox runs the files where engines differ (isolation, CSP, late scripts, frames, lifecycle, print, layout,
// keyboard journey, language, links); axe, options, privacy, network and team flows are DOM logic
// already proven in Chromium, and running everything twice kept CI near its 30-minute limit
// (26.8 min on 2026-12-01). FIREFOX_ALL=1 runs every file there too.
const FIREFOX_FILES = ['smoke', 'embed-csp', 'embed-late', 'embed-isolation', 'embed-iframe', 'embed-lifecycle', 'embed-instances', 'embed-events', 'embed-robust', 'journey', 'journey-layout', 'print', 'language', 'transfer-share'];
const firefoxMatch = process.env.FIREFOX_ALL ? '*.test.mjs' : FIREFOX_FILES.map((f) => `${f}.test.mjs`);

const projects = Object.keys(uses).map((name) => {
  const found = findEngine(name);
  if (found.missing) {
    if (IN_MAIN_PROCESS) console.error(skipBanner(name, found.missing));
    if (CI) throw new Error(`CI=true: ${name} is missing (${found.missing.join(', ')}), and a missing browser is a failure.`);
    return { name, testDir: 'tests/browser/lib', testMatch: 'missingEngine.mjs', metadata: { missing: found.missing } };
  }
  return name === 'webkit'
    ? // Every WebDriver step is an HTTP round trip and each test starts a MiniBrowser: more time.
      { name, testDir: 'tests/browser/webkit', testMatch: '*.test.mjs', timeout: 90_000, use: uses.webkit(found.paths) }
    : // Firefox over BiDi runs the same steps about twice as slowly as Chromium (BROWSERS.md): twice the time.
      { name, testDir: 'tests/browser', testMatch: name === 'firefox' ? firefoxMatch : '*.test.mjs', testIgnore: 'webkit/**', use: uses[name](found.paths), ...(name === 'firefox' ? { timeout: 2 * TIMEOUT } : {}) };
});

export default defineConfig({
  projects,
  globalSetup: './tests/browser/globalSetup.mjs',
  timeout: TIMEOUT,
  retries: 0,
  workers: Number(process.env.BROWSER_WORKERS) || 1,
  forbidOnly: CI,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results/playwright',
  use: {
    ...CONTEXT_OPTIONS,
    actionTimeout: WAIT_TIMEOUT,
    navigationTimeout: WAIT_TIMEOUT,
    headless: !process.env.HEADED,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
