#!/usr/bin/env node
// Where start-up time goes (issue 13), with the CPU slowed like a mid-range phone.
// A report, not a test: it prints a breakdown and exits 0 (CI does not run it).
//
//   node scripts/profile.mjs               5 runs, CPU slowed 4×
//   node scripts/profile.mjs --runs 9 --cpu 1
//   node scripts/profile.mjs --json
//   node scripts/profile.mjs --functions 25   also the 25 costliest functions in embed.js
//   node scripts/profile.mjs --floor       the same for `npm run floor`'s minimal widget
//
// It builds embed.js with source maps into a temporary folder, loads the bench
// page of `npm run bench` (script start → welcome → click → first question) under
// a Chromium performance trace (devtools.timeline + V8's sampling profiler), and
// reports, between script start and the first usable question:
// - the main thread's time by kind (compile, script, style, layout, paint, GC, idle);
// - script time by the source it runs (mapped through the source map): i18next,
//   Preact, zustand, the wording, styles, the accent check, the views…;
// - the long tasks (over 50 ms at that CPU speed) with what fills them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { traceBreakdown } from './profile/traceBreakdown.mjs';
import { stats } from './bench/timeToQuestion.mjs';
import { profileRun } from './profile/profileRun.mjs';
import { buildClassicScript } from './floor.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const out = { runs: 5, cpu: 4, json: false, floor: false, functions: 0 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') out.json = true;
    else if (argv[i] === '--floor') out.floor = true;
    else if (argv[i] === '--functions') out.functions = Number(argv[++i]);
    else if (argv[i] === '--runs') out.runs = Number(argv[++i]);
    else if (argv[i] === '--cpu') out.cpu = Number(argv[++i]);
  }
  return out;
}

function buildWithSourceMaps(outDir) {
  execFileSync('npx', ['vite', 'build', '--mode', 'embed', '--sourcemap', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}

const pad = (s, n) => String(s).padEnd(n);
const ms = (v) => `${v.toFixed(0)} ms`.padStart(8);

function printTable(title, rows) {
  console.log(`\n${title}`);
  for (const [name, s] of rows) console.log(`  ${pad(name, 34)} ${ms(s.median)}  (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})`);
}

/** Median per key over runs, sorted by the median, largest first. */
function medianByKey(list) {
  const keys = [...new Set(list.flatMap((o) => Object.keys(o)))];
  return keys
    .map((k) => [k, stats(list.map((o) => o[k] ?? 0))])
    .sort((a, b) => b[1].median - a[1].median);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(path.join(tmpdir(), 'siae-profile-'));
  try {
    if (opts.floor) await buildClassicScript('minimalWidget.tsx', dir, { sourcemap: true });
    else buildWithSourceMaps(dir);
    const sourceMap = JSON.parse(readFileSync(path.join(dir, 'embed.js.map'), 'utf8'));
    const runs = [];
    for (let i = 0; i < opts.runs; i++) {
      const { trace, chromium } = await profileRun({ root: dir, cpu: opts.cpu });
      runs.push({ chromium, ...(await traceBreakdown(trace, sourceMap)) });
    }
    if (opts.json) return console.log(JSON.stringify(runs, null, 2));
    console.log(`${opts.floor ? 'The floor (scripts/floor/minimalWidget.tsx)' : 'embed.js'}: Chromium ${runs[0].chromium}, CPU slowed ${opts.cpu}×, ${runs.length} runs; medians from script start to first usable question`);
    printTable('Script start → first question', [['total', stats(runs.map((r) => r.total))]]);
    printTable('Main thread, by kind', medianByKey(runs.map((r) => r.byKind)));
    printTable('Script, by source (self time)', medianByKey(runs.map((r) => r.bySource)));
    if (opts.functions) printTable(`Functions in the script, by self time (top ${opts.functions})`, medianByKey(runs.map((r) => r.byFunction)).slice(0, opts.functions));
    const longest = runs.map((r) => r.longTasks).sort((a, b) => b.length - a.length)[0] ?? [];
    console.log(`\nLong tasks of one run (over 50 ms): ${longest.length}`);
    for (const t of longest) console.log(`  ${ms(t.duration)} at +${t.start.toFixed(0)} ms: ${t.top.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
