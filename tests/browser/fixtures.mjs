// The one `test` of the browser suite: @playwright/test with what every test receives
// (see README.md, "What a test receives"). The server is started once by globalSetup.mjs.

import { test as base } from '@playwright/test';
import { WAIT_TIMEOUT } from './lib/context.mjs';
import { assertClean, cspViolations, newPage } from './lib/records.mjs';
import { formatViolations, runAxe } from './lib/axe.mjs';
import { pdfPageCount, pdfText } from './lib/pdf.mjs';

export { expect } from '@playwright/test';

export const test = base.extend({
  context: async ({ context }, use) => {
    context.setDefaultTimeout(WAIT_TIMEOUT);
    await use(context);
  },
  /** `http://127.0.0.1:<port>` (no trailing slash) serving dist/ with the demos' CSP headers. */
  baseUrl: async ({}, use) => {
    if (!process.env.SIAE_BASE_URL) throw new Error('SIAE_BASE_URL is not set: run the suite with `npx playwright test`');
    await use(process.env.SIAE_BASE_URL);
  },
  /** An instrumented page of this test's context (records requests, errors, CSP violations). */
  newPage: async ({ context }, use) => use(() => newPage(context)),
  axe: async ({}, use) => use(runAxe),
  formatViolations: async ({}, use) => use(formatViolations),
  assertClean: async ({}, use) => use(assertClean),
  cspViolations: async ({}, use) => use(cspViolations),
  pdfText: async ({}, use) => use(pdfText),
  pdfPageCount: async ({}, use) => use(pdfPageCount),
});
