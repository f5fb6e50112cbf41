#!/usr/bin/env node
// The floor under issue 4's budgets: builds scripts/floor/minimalWidget.tsx (the
// given stack, the French wording and one question, nothing else) as a classic
// script like dist/embed.js, then reports its gzip size and its time to first
// question, measured exactly as `npm run bench` measures the real widget.
// Its main parts are also built alone (i18next, Preact, the wording), for
// their share of the size.
// A report, not a test (CI does not run it):
//
//   node scripts/floor.mjs             10 runs
//   node scripts/floor.mjs --runs 30

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import { TARGET_MS, parseArgs } from './bench.mjs';
import { formatMs as ms, measureRuns, stats } from './bench/timeToQuestion.mjs';
import { DEFAULT_BUDGET_KB, measure } from './size.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Builds `entry` (in scripts/floor/) as one classic script, outDir/embed.js. */
export async function buildClassicScript(entry, outDir, { sourcemap = false } = {}) {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    plugins: [preact()],
    publicDir: false,
    build: {
      outDir,
      sourcemap,
      emptyOutDir: true,
      target: 'es2020',
      lib: { entry: path.join(ROOT, 'scripts/floor', entry), formats: ['iife'], name: 'SiaeFloor', fileName: () => 'embed.js' },
    },
  });
}

async function main(argv) {
  const opts = parseArgs(argv);
  const outDir = mkdtempSync(path.join(tmpdir(), 'siae-floor-'));
  try {
    const parts = [];
    for (const [label, entry] of [['i18next', 'i18nextOnly.ts'], ['Preact', 'preactOnly.ts'], ['French wording', 'wordingOnly.ts']]) {
      await buildClassicScript(entry, outDir);
      parts.push(`${label} ${(measure('embed.js', outDir).gzip / 1000).toFixed(1)}`);
    }
    await buildClassicScript('minimalWidget.tsx', outDir);
    const size = measure('embed.js', outDir);
    const { chromium, runs } = await measureRuns({ root: outDir, runs: opts.runs });
    const question = stats(runs.map((r) => r.question));
    const afterDownload = stats(runs.map((r) => r.question - r.downloadWait));
    console.log('Smallest widget the given stack allows (scripts/floor/minimalWidget.tsx):');
    console.log('i18next private instance + the whole French wording + zustand + Preact, one question, no CSS.\n');
    console.log(`size   ${(size.raw / 1000).toFixed(1)} KB raw, ${(size.gzip / 1000).toFixed(1)} KB gzip -9   (first-screen budget: ${DEFAULT_BUDGET_KB} KB)`);
    console.log(`       alone, in KB gzip: ${parts.join(', ')}`);
    console.log(`       leaves ${(DEFAULT_BUDGET_KB - size.gzip / 1000).toFixed(1)} KB for every feature, all CSS and all data\n`);
    console.log(`time, headless Chromium ${chromium}, ${runs.length} runs        median      p90      min      max`);
    console.log(`script start → first question interactive    ${ms(question.median)} ${ms(question.p90)} ${ms(question.min)} ${ms(question.max)}`);
    console.log(`  same, without waiting for embed.js bytes   ${ms(afterDownload.median)} ${ms(afterDownload.p90)} ${ms(afterDownload.min)} ${ms(afterDownload.max)}`);
    console.log(`\n(target for the whole widget: ${TARGET_MS} ms; this one needs no click)`);
    return 0;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err) => {
    console.error(err);
    process.exitCode = 1;
  },
);
