// The one test of an engine that is not installed (outside CI): a skip that names it,
// so the report says which engine verified nothing.
import { test } from '@playwright/test';

test('engine not installed', () => {
  const { missing } = test.info().project.metadata;
  test.skip(true, `BROWSER TESTS SKIPPED in ${test.info().project.name}: not found: ${missing.join(', ')}`);
});
