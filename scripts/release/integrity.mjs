// Subresource Integrity for a release folder: the sha384 of every script in it
// (https://www.w3.org/TR/SRI/), and the demo pages' <script> tags (and the
// copies of them shown as text) given those hashes.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The SRI value of a file's bytes, e.g. "sha384-…". */
export function sriOf(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Every *.js under `dir`, as posix paths relative to it, sorted. */
export function scriptsIn(dir, prefix = '') {
  const found = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...scriptsIn(dir, rel));
    else if (entry.name.endsWith('.js')) found.push(rel);
  }
  return found.sort();
}

/** `{ "embed.js": "sha384-…", … }` for every script of the release folder. */
export function integrityOf(dir) {
  return Object.fromEntries(scriptsIn(dir).map((rel) => [rel, sriOf(readFileSync(path.join(dir, rel)))]));
}

/**
 * Adds integrity and crossorigin to each `<script src="…">` of an HTML page
 * that loads a hashed script, both in the markup and in its escaped copy
 * (`&lt;script src="…"`) shown in the page's snippet, so both stay equal.
 * `pageDir` is the page's folder relative to the release folder ("demo").
 */
export function withIntegrity(html, pageDir, hashes) {
  return html.replace(/(<|&lt;)script src="([^"]+)"(?! integrity)/g, (tag, open, src) => {
    if (/^[a-z]+:|^\/\//i.test(src)) return tag;
    const rel = path.posix.normalize(path.posix.join(pageDir, src));
    const sri = hashes[rel];
    return sri ? `${open}script src="${src}" integrity="${sri}" crossorigin="anonymous"` : tag;
  });
}

/** The placeholder the guide uses for a script's hash: "embed.js" → "sha384-EMPREINTE-EMBED-JS". */
export function placeholderFor(rel) {
  return `sha384-EMPREINTE-${rel.toUpperCase().replace(/[^A-Z0-9]+/g, '-')}`;
}
