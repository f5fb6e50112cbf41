// Each demo page shows, as copyable text, exactly the markup it runs; the
// strict-CSP pages keep no inline script or style; the index points to them.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { snippetProblems } from '../../scripts/release/demoSnippets.mjs';

const DEMO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/demo');
const pages = readdirSync(DEMO).filter((n) => n.endsWith('.html') && n !== 'index.html').sort();

test('there are demo pages to check', () => assert.ok(pages.length >= 8, pages.join(', ')));

for (const name of pages) {
  test(`demo/${name} shows the exact snippet it runs`, () => {
    assert.deepEqual(snippetProblems(path.join(DEMO, name)), []);
  });
}

test('the checker catches a snippet that differs from the page it sits in', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'snippet-'));
  const page = readFileSync(path.join(DEMO, 'plain.html'), 'utf8')
    .replace('&lt;siae-diagnostic storage-key="demo-plain"', '&lt;siae-diagnostic storage-key="other-key"');
  writeFileSync(path.join(dir, 'plain.html'), page);
  try {
    const problems = snippetProblems(path.join(dir, 'plain.html'));
    assert.equal(problems.length, 2, problems.join('\n')); // shown but not run, run but not shown
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const name of pages.filter((n) => n.startsWith('csp'))) {
  test(`demo/${name} keeps no inline script or style (its CSP forbids them)`, () => {
    const html = readFileSync(path.join(DEMO, name), 'utf8');
    assert.deepEqual(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? [], []);
    assert.deepEqual(html.match(/<style\b|\sstyle=/g) ?? [], []);
  });
}

test('the demo index says each page shows its code, not "open the source"', () => {
  const html = readFileSync(path.join(DEMO, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /Ouvrez le code source/);
  assert.match(html, /affiche le code exact/);
  for (const name of pages) assert.match(html, new RegExp(`href="${name}"`), `index does not link ${name}`);
});
