// Standalone page (dist/index.html): loads cleanly, offline, accessible.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { lateLoaded } from './flows.mjs';

test('standalone page loads with no error, no external request, an <h1> and no axe violation', async ({ baseUrl, newPage, axe, formatViolations, assertClean }) => {
  const page = await newPage();
  const response = await page.goto(`${baseUrl}/`, { waitUntil: 'load' });
  assert.equal(response.status(), 200);
  await lateLoaded(page);

  // Wait until the widget has rendered (any heading), then require an <h1>.
  // Playwright locators pierce open shadow roots, so headings inside the widget count.
  const headings = page.getByRole('heading');
  await headings.first().waitFor({ state: 'visible' });
  const h1 = page.locator('h1');
  const found = await headings.evaluateAll((els) => els.map((e) => `<${e.tagName.toLowerCase()}> ${e.textContent.trim().slice(0, 60)}`));
  assert.ok((await h1.count()) >= 1, `no <h1> on the standalone page; headings found:\n  ${found.join('\n  ')}`);
  await h1.first().waitFor({ state: 'visible' });
  assert.ok((await h1.first().innerText()).trim().length > 0, '<h1> is empty');

  assert.deepEqual(page.records.externalRequests, [], 'external requests were made');
  await assertClean(page);

  const violations = await axe(page);
  assert.equal(violations.length, 0, `axe violations:\n${formatViolations(violations)}`);
});
