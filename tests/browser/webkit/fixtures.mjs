// WebKit (Safari's engine) through WebKitGTK's WebKitWebDriver: Playwright cannot drive
// Debian's WebKit, so this smoke suite uses classic WebDriver (selenium-webdriver) under
// the same @playwright/test runner and reporters. One driver per worker, started under
// `xvfb-run -a` in its own process group (so MiniBrowser, which outlives the driver, is
// stopped with it); one fresh MiniBrowser session per test.

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { test as base } from '@playwright/test';
import { Builder } from 'selenium-webdriver';

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

async function waitForDriver(url, proc, ms = 20_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (proc.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${proc.exitCode}`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`WebKitWebDriver did not answer on ${url} within ${ms} ms`);
}

export const test = base.extend({
  webkit: [{ driver: '', miniBrowser: '' }, { option: true, scope: 'worker' }],
  driverUrl: [
    async ({ webkit }, use) => {
      const port = await freePort();
      const proc = spawn('xvfb-run', ['-a', webkit.driver, `--port=${port}`, '--replace-on-new-session'], {
        detached: true,
        stdio: 'ignore',
      });
      const url = `http://127.0.0.1:${port}`;
      try {
        await waitForDriver(url, proc);
        await use(url);
      } finally {
        try {
          process.kill(-proc.pid, 'SIGTERM'); // xvfb-run, Xvfb, the driver and MiniBrowser
        } catch {
          /* already gone */
        }
      }
    },
    { scope: 'worker' },
  ],
  /** A selenium-webdriver session in a fresh MiniBrowser (1280×800). */
  wd: async ({ driverUrl, webkit }, use) => {
    const driver = await new Builder()
      .usingServer(driverUrl)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: webkit.miniBrowser, args: ['--automation'] },
      })
      .build();
    try {
      await driver.manage().window().setRect({ width: 1280, height: 800 });
      await driver.manage().setTimeouts({ script: 10_000, pageLoad: 15_000 });
      await use(driver);
    } finally {
      await driver.quit().catch(() => {});
    }
  },
  baseUrl: async ({}, use) => use(process.env.SIAE_BASE_URL),
});
