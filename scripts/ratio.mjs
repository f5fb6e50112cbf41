#!/usr/bin/env node
// Issue 13's time budget: the real widget against `npm run floor`'s minimal widget
// (the given stack and one question, nothing else), in the same run, at normal
// speed and with the CPU slowed 4× (a mid-range phone). A report, not a test.
// After `npm run build`:
//
//   node scripts/ratio.mjs             15 runs of each, at 1× and 4×
//   node scripts/ratio.mjs --runs 21
//
// Each time is script start → first question usable (bench/timeToQuestion.mjs:
// the real widget includes its welcome click; the floor shows its question at once).
// Also measured in the same runs: the floor with a welcome screen and its click
// (scripts/floor/minimalWithWelcome.tsx), what the journey's shape costs by itself.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from './bench.mjs';
import { formatMs as ms, measureInterleaved, stats } from './bench/timeToQuestion.mjs';
import { buildClassicScript } from './floor.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET = 1.5;

async function main() {
  // At least 15 runs of each (the rule), more if asked.
  const count = Math.max(15, parseArgs(process.argv.slice(2)).runs);
  const dist = path.join(ROOT, 'dist');
  if (!existsSync(path.join(dist, 'embed.js'))) throw new Error('dist/embed.js is missing: run `npm run build` first.');
  const floorDir = mkdtempSync(path.join(tmpdir(), 'siae-floor-'));
  const welcomeDir = mkdtempSync(path.join(tmpdir(), 'siae-floor-welcome-'));
  try {
    await buildClassicScript('minimalWidget.tsx', floorDir);
    await buildClassicScript('minimalWithWelcome.tsx', welcomeDir);
    for (const cpu of [1, 4]) {
      const { chromium, results } = await measureInterleaved({ roots: { widget: dist, floor: floorDir, welcome: welcomeDir }, runs: count, cpu });
      const [widget, floor, welcome] = ['widget', 'floor', 'welcome'].map((name) => stats(results[name].map((r) => r.question)));
      const ratio = widget.median / floor.median;
      console.log(`CPU ${cpu}×, Chromium ${chromium}, ${count} runs each (alternating)            median      min      max`);
      console.log(`  widget:            script start → first question usable   ${ms(widget.median)} ${ms(widget.min)} ${ms(widget.max)}`);
      console.log(`  floor:             script start → first question usable   ${ms(floor.median)} ${ms(floor.min)} ${ms(floor.max)}`);
      console.log(`  floor + welcome:   the same after a welcome and its click  ${ms(welcome.median)} ${ms(welcome.min)} ${ms(welcome.max)}`);
      console.log(`  ratio ${ratio.toFixed(2)} (budget ${BUDGET}: ${ratio <= BUDGET ? 'met' : 'NOT met'}); the welcome alone makes the floor ${(welcome.median / floor.median).toFixed(2)}×; widget ÷ floor + welcome ${(widget.median / welcome.median).toFixed(2)}\n`);
    }
  } finally {
    rmSync(floorDir, { recursive: true, force: true });
    rmSync(welcomeDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
