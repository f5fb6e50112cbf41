#!/usr/bin/env node
// What each part of the source costs in a built classic script (embed.js by default), in gzip bytes.
//
//   node scripts/sizeByModule.mjs                 embed.js: groups, then the 25 largest sources
//   node scripts/sizeByModule.mjs --mode team     team.js
//   node scripts/sizeByModule.mjs --top 60 --json
//
// Method: the script is built again with a source map (vite's API, the project's own config and
// mode, into a temporary folder; dist/ is not touched). Every byte of the output is attributed to
// the source its mapping names (a mapping covers its generated column up to the next mapping's;
// bytes with no source, such as the IIFE wrapper, are "(unmapped)"). A group's gzip cost is
// marginal: gzip -9 of the whole file minus gzip -9 of the file with that group's bytes cut out.
// Gzip is not additive, so marginal costs need not sum to the total; "raw" bytes do.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const mode = option('--mode', 'embed');
const top = Number(option('--top', 25));

/** The team diagnostic's parts (issue 15), and the rest by floor. First match wins. */
export const GROUPS = [
  ['team: views (src/ui/team)', /src\/ui\/team\//],
  ['team: codecs and aggregation (src/core/team, teamBits)', /src\/core\/(team\/|transfer\/teamBits)/],
  ['team: store (openInvitation, openTeamReply, savedTeam)', /src\/store\/(openInvitation|openTeamReply|savedTeam)/],
  ['team: wording (locales/fr/invite.json, team.json)', /locales\/fr\/(invite|team)\.json/],
  ['i18next', /node_modules\/i18next\//],
  ['preact', /node_modules\/preact\//],
  ['zustand', /node_modules\/zustand\//],
  ['other wording (locales)', /locales\//],
  ['data', /src\/data\//],
  ['core', /src\/core\//],
  ['store', /src\/store\//],
  ['views (src/ui)', /src\/ui\//],
  ['embed, i18n, styles', /src\/(embed|i18n)\//],
  ['other', /./],
];

const gz = (text) => gzipSync(Buffer.from(text), { level: constants.Z_BEST_COMPRESSION }).length;

/**
 * Vite's JSON modules reach the output with no source map: their bytes are found by content
 * instead. Each string of locales/fr/*.json (8 characters or more) that stands in unmapped bytes
 * of the output, as written in the JSON or with its quotes, is attributed to its file (keys and
 * short strings stay unmapped).
 */
function attributeWording(code, owner, sources) {
  const dir = path.join(ROOT, 'locales', 'fr');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const leaves = [];
    const walk = (v) => (typeof v === 'string' ? leaves.push(v) : v && typeof v === 'object' && Object.values(v).forEach(walk));
    walk(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    const id = sources.push(`locales/fr/${file}`) - 1;
    for (const text of leaves.filter((t) => t.length >= 8)) {
      for (let at = code.indexOf(text); at >= 0; at = code.indexOf(text, at + text.length)) {
        if (owner[at] === -1 && owner[at + text.length - 1] === -1) owner.fill(id, Math.max(0, at - 1), Math.min(code.length, at + text.length + 1));
      }
    }
  }
}

async function buildWithMap() {
  const outDir = mkdtempSync(path.join(tmpdir(), 'size-by-module-'));
  await build({ root: ROOT, mode, logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: true } });
  const file = `${mode}.js`;
  return { outDir, code: readFileSync(path.join(outDir, file), 'utf8'), map: JSON.parse(readFileSync(path.join(outDir, `${file}.map`), 'utf8')) };
}

/** For each character of `code`, the index of its source in `sources` (-1: unmapped). */
function attribute(code, map) {
  const consumer = new SourceMapConsumer(map);
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const owner = new Int32Array(code.length).fill(-1);
  const sources = [...consumer.sources];
  const index = new Map(sources.map((s, i) => [s, i]));
  const mappings = [];
  consumer.eachMapping((m) => mappings.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  mappings.forEach((m, i) => {
    const start = lineStarts[m.generatedLine - 1] + m.generatedColumn;
    const following = mappings[i + 1];
    const lineEnd = m.generatedLine < lineStarts.length ? lineStarts[m.generatedLine] : code.length;
    const end = following && following.generatedLine === m.generatedLine ? lineStarts[following.generatedLine - 1] + following.generatedColumn : lineEnd;
    if (m.source != null) owner.fill(index.get(m.source), start, end);
  });
  attributeWording(code, owner, sources);
  return { owner, sources };
}

function without(code, owner, keep) {
  let out = '';
  let from = -1;
  for (let i = 0; i <= code.length; i++) {
    const kept = i < code.length && keep(owner[i]);
    if (kept && from < 0) from = i;
    if (!kept && from >= 0) (out += code.slice(from, i)), (from = -1);
  }
  return out;
}

const { outDir, code, map } = await buildWithMap();
try {
  const { owner, sources } = attribute(code, map);
  const rel = sources.map((s) => (s.startsWith('locales/') ? s : path.relative(ROOT, path.resolve(outDir, s)).split(path.sep).join('/')));
  const groupOf = rel.map((s) => GROUPS.findIndex(([, re]) => re.test(s)));
  const total = gz(code);
  const raw = new Map();
  for (let i = 0; i < code.length; i++) raw.set(owner[i], (raw.get(owner[i]) ?? 0) + 1);
  const marginal = (inGroup) => total - gz(without(code, owner, (o) => o < 0 || !inGroup(o)));
  const groups = GROUPS.map(([name], g) => ({
    name,
    raw: [...raw].filter(([o]) => o >= 0 && groupOf[o] === g).reduce((a, [, n]) => a + n, 0),
    gzip: marginal((o) => groupOf[o] === g),
  })).filter((g) => g.raw > 0);
  const teamGroups = GROUPS.map(([name], g) => (name.startsWith('team') ? g : -1)).filter((g) => g >= 0);
  const team = { raw: groups.filter((g) => g.name.startsWith('team')).reduce((a, g) => a + g.raw, 0), gzip: marginal((o) => teamGroups.includes(groupOf[o])) };
  const modules = [...raw]
    .filter(([o]) => o >= 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([o, n]) => ({ source: rel[o], raw: n, gzip: marginal((x) => x === o) }));
  const result = { file: `${mode}.js`, raw: code.length, gzip: total, unmapped: raw.get(-1) ?? 0, team, groups, modules };
  if (args.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else {
    const row = (label, r, g) => console.log(`${label.padEnd(64)} ${String(r).padStart(8)} ${String(g).padStart(8)}`);
    row(`${result.file} (bytes; gzip -9, marginal)`, 'raw', 'gzip');
    row('  whole file', result.raw, result.gzip);
    row('  (unmapped: wrapper, helpers)', result.unmapped, '');
    for (const g of groups) row(`  ${g.name}`, g.raw, g.gzip);
    row('  the team diagnostic in all (team: groups together)', team.raw, team.gzip);
    console.log(`\nLargest ${modules.length} sources`);
    for (const m of modules) row(`  ${m.source}`, m.raw, m.gzip);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
