// Standalone page (dist/index.html): loads cleanly, offline, accessible.
import assert from 'node:assert/strict';

export const tests = [
  {
    name: 'standalone page loads with no error, no external request, an <h1> and no axe violation',
    async fn({ baseUrl, newPage, axe, formatViolations, assertClean }) {
      const page = await newPage();
      const response = await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
      assert.equal(response.status(), 200);

      // Playwright locators pierce open shadow roots, so this finds the widget's heading too.
      const h1 = page.locator('h1').first();
      await h1.waitFor({ state: 'visible' });
      assert.ok((await h1.innerText()).trim().length > 0, '<h1> is empty');

      assert.deepEqual(page.records.externalRequests, [], 'external requests were made');
      await assertClean(page);

      const violations = await axe(page);
      assert.equal(violations.length, 0, `axe violations:\n${formatViolations(violations)}`);
    },
  },
];
