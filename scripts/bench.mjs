#!/usr/bin/env node
// Time to first question of the embed (issue 4), in headless Chromium. A report,
// not a test: it prints numbers and exits 0 (CI does not run it). After `npm run build`:
//
//   node scripts/bench.mjs             10 runs
//   node scripts/bench.mjs --runs 30   more runs
//   node scripts/bench.mjs --json      results as JSON
//
// How it measures: see bench/timeToQuestion.mjs. Reported, from the moment
// embed.js starts: "start button" (the welcome screen is interactive) and
// "first question interactive" (after a click on it, made in the page).
// `node scripts/floor.mjs` measures the same for the smallest widget the
// given stack allows, for comparison.

import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatMs as ms, measureRuns, stats } from './bench/timeToQuestion.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
export const TARGET_MS = 50;

export function parseArgs(argv) {
  const out = { runs: 10, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') out.json = true;
    else if (a === '--runs') out.runs = Number(argv[++i]);
    else if (a.startsWith('--runs=')) out.runs = Number(a.slice(7));
  }
  if (!Number.isInteger(out.runs) || out.runs < 1) throw new Error('--runs must be a positive integer');
  return out;
}

async function main(argv) {
  const opts = parseArgs(argv);
  if (!existsSync(path.join(DIST, 'embed.js'))) {
    console.error('bench: dist/embed.js is missing: run `npm run build` first.');
    return 1;
  }
  const { chromium, runs } = await measureRuns({ root: DIST, runs: opts.runs });
  const button = stats(runs.map((r) => r.button));
  const question = stats(runs.map((r) => r.question));
  const questionAfterDownload = stats(runs.map((r) => r.question - r.downloadWait));
  if (opts.json) {
    const result = { chromium, targetMs: TARGET_MS, scriptStartToStartButton: button, scriptStartToFirstQuestion: question, downloadedToFirstQuestion: questionAfterDownload, all: runs };
    console.log(JSON.stringify(result, null, 2));
    return 0;
  }
  console.log(`embed.js in headless Chromium ${chromium}, ${runs.length} runs (fresh context and page each)\n`);
  console.log('run   start button   first question   (of which waiting for embed.js bytes)');
  runs.forEach((r, i) => console.log(`${String(i + 1).padStart(3)}   ${ms(r.button)}      ${ms(r.question)}      ${ms(r.downloadWait)}`));
  console.log('');
  console.log(`                                            median      p90      min      max`);
  for (const [label, s] of [
    ['script start → start button               ', button],
    ['script start → first question interactive ', question],
    ['  same, without waiting for embed.js bytes', questionAfterDownload],
  ]) {
    console.log(`${label} ${ms(s.median)} ${ms(s.p90)} ${ms(s.min)} ${ms(s.max)}`);
  }
  console.log(
    `\nTarget: first question interactive under ${TARGET_MS} ms: ${question.median < TARGET_MS ? 'met' : 'NOT met'} (median ${question.median.toFixed(1)} ms). This is a report; it does not fail.`,
  );
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
