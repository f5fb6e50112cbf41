// The fresh context every test gets (playwright.config.mjs `use`), also for the second
// contexts a test opens itself (flows.mjs freshPage).
export const CONTEXT_OPTIONS = {
  locale: 'fr-FR',
  timezoneId: 'Europe/Paris',
  viewport: { width: 1280, height: 800 },
  acceptDownloads: true,
};

/** A stuck wait fails with Playwright's message naming what it waited for, before the test timeout. */
export const WAIT_TIMEOUT = 10_000;
