// Every dist/demo/*.html loads with no page error, console error, CSP violation or
// external request. Tests are registered per demo page found at load time.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './helpers.mjs';
import { cspFor } from '../../scripts/cspPolicies.mjs';
import { test } from './fixtures.mjs';
import { lateLoaded } from './flows.mjs';

function demoPages() {
  try {
    return readdirSync(path.join(REPO_ROOT, 'dist', 'demo'))
      .filter((n) => n.endsWith('.html'))
      .sort();
  } catch {
    return [];
  }
}

for (const name of demoPages()) {
  test(`demo/${name} loads cleanly${cspFor(`/demo/${name}`) ? ' under its CSP' : ''}`, async ({ baseUrl, newPage, assertClean }) => {
    const page = await newPage();
    const res = await page.goto(`${baseUrl}/demo/${name}`, { waitUntil: 'load' });
    await lateLoaded(page);
    assert.equal(res.status(), 200);
    const expected = cspFor(`/demo/${name}`);
    if (expected) assert.equal(res.headers()['content-security-policy'], expected);
    await page.waitForTimeout(200);
    await assertClean(page);
  });
}
