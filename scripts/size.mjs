#!/usr/bin/env node
// Size budget of what partners' visitors download (issue 4). Run after `npm run build`:
//
//   node scripts/size.mjs           table + budget check (exit 1 when over budget)
//   node scripts/size.mjs --json    the same, as JSON on stdout
//   SIZE_BUDGET_KB=50 node scripts/size.mjs   another first-screen budget
//   node scripts/size.mjs --ceiling 45 --journey-ceiling 84
//        fail only if the first screen (embed.js) is above 45 KB, or the whole French
//        journey (embed.js + results.js) above 84 KB (what `npm test` runs)
//
// Sizes are gzip at level 9 (zlib), 1 KB = 1000 bytes (as Vite prints them).
//
// "French embed" is what a French visitor of a page with the widget loads:
// dist/embed.js (script, CSS, French wording and all data are inside it) plus
// any file it fetches for French. French is bundled, so that is expected to be
// nothing; counted anyway, if present: dist/locales/fr.json, and any file of
// dist/ (outside locales/, module/, demo/, types/, the standalone page's assets) whose
// name appears in embed.js, e.g. a lazily loaded chunk.
// results.js (results, plan, sheet, export and share links) is fetched by every visitor, in idle
// time after the first screen (issue 13): counted in the French total, and the first screen
// (embed.js alone) is reported and guarded on its own.
// team.js (the team view, fetched only when a starter opens "Vue d'équipe") is
// reported on its own, like other languages.
// Other languages (dist/locales/<lng>.json, fetched only when chosen) and the
// standalone page (dist/index.html and the files it references: embed.js, as
// partners load it, and its own few lines) are reported separately and have no
// budget here.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');
export const DEFAULT_BUDGET_KB = 45;
/** Issue 13: everything a French visitor loads, together. */
export const JOURNEY_BUDGET_KB = 62;
const KB = 1000;
/** Fetched by embed.js only when the user opens what they hold, never on load. */
const ON_DEMAND = ['team.js'];
/** Fetched by embed.js on every visit, in idle time once the first screen is shown. */
const LATE = ['results.js'];

/** Raw and gzip (level 9) size of a file of dist/. */
export function measure(rel, dist = DIST) {
  const buf = readFileSync(path.join(dist, rel));
  return { file: rel, raw: buf.length, gzip: gzipSync(buf, { level: constants.Z_BEST_COMPRESSION }).length };
}

function listFiles(dir, base = dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? listFiles(p, base) : [path.relative(base, p).split(path.sep).join('/')];
  });
}

/** Local files referenced by dist/index.html (src= / href=), resolved against the page. */
function standaloneAssets(dist) {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const refs = new Set();
  for (const m of html.matchAll(/\s(?:src|href)\s*=\s*["']([^"']+)["']/g)) {
    const ref = m[1];
    if (/^(?:[a-z]+:|\/\/|#)/i.test(ref)) continue; // data:, https:, protocol-relative, fragments
    const rel = path.posix.normalize(ref.split(/[?#]/)[0].replace(/^\//, ''));
    if (existsSync(path.join(dist, rel)) && statSync(path.join(dist, rel)).isFile()) refs.add(rel);
  }
  return [...refs].sort();
}

/** Local files referenced by dist/network.html (the network page, its own bundle), or null without it. */
function networkAssets(dist) {
  if (!existsSync(path.join(dist, 'network.html'))) return null;
  const html = readFileSync(path.join(dist, 'network.html'), 'utf8');
  const refs = [...html.matchAll(/\s(?:src|href)\s*=\s*["']\.?\/?(assets\/[^"']+)["']/g)].map((m) => m[1]);
  return ['network.html', ...refs.filter((f) => existsSync(path.join(dist, f)))];
}

/**
 * Markers of the network page that must never reach embed.js: its CSS
 * classes and its French wording (locales/fr/network.json).
 */
export function networkLeaks(embedSource) {
  const wording = JSON.parse(readFileSync(path.join(ROOT, 'locales', 'fr', 'network.json'), 'utf8'));
  const markers = ['nw-page', 'nw-chart', wording.page.title, wording.input.legend, wording.export.methodText.split('{{')[0]];
  return markers.filter((m) => embedSource.includes(m));
}

/** Files of dist/ that embed.js names (besides other languages): fetched along with it. */
function fetchedByEmbed(dist, embedSource, standalone) {
  const skip = (f) =>
    f === 'embed.js' || LATE.includes(f) || f === 'index.html' || f === 'network.html' || ON_DEMAND.includes(f) || /^(?:locales|module|demo|types)\//.test(f) || standalone.includes(f) || f.endsWith('.map');
  const found = listFiles(dist).filter((f) => !skip(f) && embedSource.includes(path.posix.basename(f)));
  if (existsSync(path.join(dist, 'locales', 'fr.json'))) found.push('locales/fr.json');
  return found.sort();
}

export function report({ dist = DIST, budgetKb = DEFAULT_BUDGET_KB } = {}) {
  const embedSource = readFileSync(path.join(dist, 'embed.js'), 'utf8');
  const standaloneFiles = ['index.html', ...standaloneAssets(dist)];
  const late = LATE.filter((f) => existsSync(path.join(dist, f)));
  const frenchFiles = ['embed.js', ...late, ...fetchedByEmbed(dist, embedSource, standaloneFiles)];
  const french = frenchFiles.map((f) => measure(f, dist));
  const languages = listFiles(path.join(dist, 'locales'))
    .filter((f) => f.endsWith('.json') && f !== 'fr.json')
    .map((f) => ({ lang: f.replace(/\.json$/, ''), ...measure(`locales/${f}`, dist) }));
  const standalone = standaloneFiles.map((f) => measure(f, dist));
  const network = networkAssets(dist);
  const onDemand = ON_DEMAND.filter((f) => existsSync(path.join(dist, f))).map((f) => measure(f, dist));
  const module = listFiles(path.join(dist, 'module'))
    .filter((f) => /\.m?js$/.test(f))
    .map((f) => measure(`module/${f}`, dist));
  const sum = (list) => list.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  const frenchTotal = sum(french);
  return {
    unit: { kb: KB, gzipLevel: 9 },
    // Issue 13's two budgets: the first screen (embed.js) within `budgetKb`, the whole French journey within 62 KB.
    budgetKb,
    firstScreen: measure('embed.js', dist),
    frenchEmbed: {
      files: french,
      total: frenchTotal,
      budgetKb: JOURNEY_BUDGET_KB,
      withinBudget: frenchTotal.gzip <= JOURNEY_BUDGET_KB * KB,
    },
    otherLanguages: languages,
    onDemand,
    standalone: { files: standalone, total: sum(standalone) },
    module: { files: module, total: sum(module) },
    frameHost: existsSync(path.join(dist, 'frame-host.js')) ? measure('frame-host.js', dist) : null,
    network: network && { files: network.map((f) => measure(f, dist)), total: sum(network.map((f) => measure(f, dist))), leaks: networkLeaks(embedSource) },
  };
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

function printTable(r) {
  const rows = [];
  const line = (label, raw, gzip, note = '') => rows.push([label, raw, gzip, note]);
  const section = (title) => rows.push([title]);

  section('French visitor of an embed (budgeted)');
  for (const f of r.frenchEmbed.files) line(`  ${f.file}`, kb(f.raw), kb(f.gzip), f.file === 'embed.js' ? 'the first screen' : LATE.includes(f.file) ? '+ in idle time after the first screen' : '');
  if (r.frenchEmbed.files.length === 1) line('  (nothing else fetched for French)', '', '');
  const t = r.frenchEmbed.total;
  const first = r.firstScreen;
  line('  first screen (embed.js)', kb(first.raw), kb(first.gzip), `budget ${r.budgetKb} KB: ${first.gzip <= r.budgetKb * KB ? 'OK' : 'OVER BUDGET'}`);
  line('  whole journey', kb(t.raw), kb(t.gzip), `budget ${JOURNEY_BUDGET_KB} KB: ${r.frenchEmbed.withinBudget ? 'OK' : 'OVER BUDGET'}`);

  section('Other languages (fetched only when chosen)');
  if (!r.otherLanguages.length) line('  (none)', '', '');
  for (const f of r.otherLanguages) line(`  ${f.file}`, kb(f.raw), kb(f.gzip), `+ on top of the embed when "${f.lang}" is used`);

  section('Fetched by embed.js only when opened');
  for (const f of r.onDemand) line(`  ${f.file}`, kb(f.raw), kb(f.gzip), '+ when a starter opens the team view');

  section('Standalone page (dist/index.html)');
  for (const f of r.standalone.files) line(`  ${f.file}`, kb(f.raw), kb(f.gzip));
  line('  total', kb(r.standalone.total.raw), kb(r.standalone.total.gzip));

  if (r.module.files.length) {
    section('ES module for bundlers (dependencies not included)');
    for (const f of r.module.files) line(`  ${f.file}`, kb(f.raw), kb(f.gzip));
  }
  if (r.network) {
    section('Network page (dist/network.html, its own bundle; nothing of it in embed.js)');
    for (const f of r.network.files) line(`  ${f.file}`, kb(f.raw), kb(f.gzip));
    line('  total', kb(r.network.total.raw), kb(r.network.total.gzip), r.network.leaks.length ? `LEAKED INTO embed.js: ${r.network.leaks.join(', ')}` : 'none of it in embed.js');
  }
  if (r.frameHost) {
    section('Iframe host helper (optional)');
    line(`  ${r.frameHost.file}`, kb(r.frameHost.raw), kb(r.frameHost.gzip));
  }

  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => (row.length > 1 ? String(row[i]).length : 0)), ['', 'raw', 'gzip -9'][i].length));
  const fmt = (row) => `${row[0].padEnd(widths[0])}  ${String(row[1]).padStart(widths[1])}  ${String(row[2]).padStart(widths[2])}${row[3] ? `  ${row[3]}` : ''}`.trimEnd();
  console.log(fmt(['', 'raw', 'gzip -9']));
  for (const row of rows) console.log(row.length === 1 ? `\n${row[0]}` : fmt(row));
  console.log('');
}

function main(argv) {
  const json = argv.includes('--json');
  const env = process.env.SIZE_BUDGET_KB;
  const budgetKb = env === undefined || env === '' ? DEFAULT_BUDGET_KB : Number(env);
  if (!Number.isFinite(budgetKb) || budgetKb <= 0) {
    console.error(`size: SIZE_BUDGET_KB must be a positive number of KB, got ${JSON.stringify(env)}`);
    return 2;
  }
  if (!existsSync(path.join(DIST, 'embed.js')) || !existsSync(path.join(DIST, 'index.html'))) {
    console.error(`size: ${path.relative(process.cwd(), DIST) || 'dist'}/embed.js or index.html is missing: run \`npm run build\` first.`);
    return 2;
  }
  const r = report({ budgetKb });
  if (json) console.log(JSON.stringify(r, null, 2));
  else printTable(r);
  const total = r.frenchEmbed.total.gzip;
  if (r.network?.leaks.length) {
    console.error(`size: network page code found in embed.js: ${r.network.leaks.join(', ')}`);
    return 1;
  }
  // `--ceiling N`, `--journey-ceiling N`: the regression guards CI enforces (`npm test`): the first
  // screen at its budget, the journey while its budget is out of reach (see README, Measurements).
  const at = argv.indexOf('--ceiling');
  if (at >= 0) {
    const ceiling = Number(argv[at + 1]);
    const first = r.firstScreen.gzip;
    const overFirst = !Number.isFinite(ceiling) || first > ceiling * KB;
    const firstVerdict = first <= budgetKb * KB ? 'within' : 'over';
    console[overFirst ? 'error' : 'log'](`size: the first screen (embed.js) is ${kb(first)} gzip: ${firstVerdict} the ${budgetKb} KB first-screen budget; ${overFirst ? 'OVER' : 'under'} the ${argv[at + 1]} KB ceiling.`);
    const j = argv.indexOf('--journey-ceiling');
    const journey = j >= 0 ? Number(argv[j + 1]) : Infinity;
    const overJourney = !Number.isFinite(journey) ? j >= 0 : total > journey * KB;
    const verdict = total <= JOURNEY_BUDGET_KB * KB ? 'within' : 'over';
    console[overJourney ? 'error' : 'log'](`size: the whole French journey is ${kb(total)} gzip: ${verdict} the ${JOURNEY_BUDGET_KB} KB budget${j >= 0 ? `; ${overJourney ? 'OVER' : 'under'} the ${argv[j + 1]} KB regression ceiling` : ''}.`);
    return overFirst || overJourney ? 1 : 0;
  }
  const firstOver = r.firstScreen.gzip > budgetKb * KB;
  const say = (over, text) => (over ? console.error : json ? () => {} : console.log)(`size: ${text}`);
  say(firstOver, `the first screen (embed.js) is ${kb(r.firstScreen.gzip)} gzip, ${firstOver ? 'over' : 'within'} the ${budgetKb} KB budget.`);
  say(!r.frenchEmbed.withinBudget, `the whole French journey is ${kb(total)} gzip, ${r.frenchEmbed.withinBudget ? 'within' : 'over'} the ${JOURNEY_BUDGET_KB} KB budget.`);
  return firstOver || !r.frenchEmbed.withinBudget ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
