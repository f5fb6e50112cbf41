// Checks that a demo page shows the code it runs. A page marks its snippets as
//   <pre class="snippet"><code data-snippet="html">…escaped markup…</code></pre>
//   <pre class="snippet"><code data-snippet-file="theme.css">…the file…</code></pre>
// Each element of an html snippet must equal (same tag, attributes, content)
// an element the page really has outside its snippets, and every script,
// <siae-diagnostic> and iframe of the page must be shown in one. A file
// snippet must hold the whole file. Used by tests, on public/demo and on a release.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

const SHOWN = 'script[src], siae-diagnostic, iframe';

const flat = (text) => text.replace(/\r\n/g, '\n').trim();

/** Problems found on one page (an empty list when it shows exactly what it runs). */
export function snippetProblems(file) {
  const html = readFileSync(file, 'utf8');
  const { document } = new JSDOM(html).window;
  const problems = [];
  const htmlSnippets = [...document.querySelectorAll('pre > code[data-snippet="html"]')];
  if (htmlSnippets.length === 0) problems.push('no <pre><code data-snippet="html"> snippet');
  const live = [...document.querySelectorAll('*')].filter((el) => !el.closest('pre'));
  const liveHtml = new Set(live.map((el) => el.outerHTML));
  const shown = new Set();
  for (const code of htmlSnippets) {
    const fragment = JSDOM.fragment(code.textContent);
    for (const el of fragment.children) {
      if (liveHtml.has(el.outerHTML)) shown.add(el.outerHTML);
      else problems.push(`snippet element not found as is in the page: ${el.outerHTML}`);
    }
  }
  for (const el of live.filter((e) => e.matches(SHOWN))) {
    if (!shown.has(el.outerHTML)) problems.push(`runs but is not shown in a snippet: ${el.outerHTML}`);
  }
  for (const code of document.querySelectorAll('pre > code[data-snippet-file]')) {
    const name = code.getAttribute('data-snippet-file');
    const content = readFileSync(path.join(path.dirname(file), name), 'utf8');
    if (flat(code.textContent) !== flat(content)) problems.push(`snippet of ${name} differs from the file`);
  }
  return problems;
}
