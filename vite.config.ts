/**
 * One config, three builds (see `npm run build`):
 * - default: the standalone page `dist/index.html`, which loads `embed.js`
 *   like a partner's page, plus its own few lines (`src/standalone.ts`);
 * - `--mode embed`: `dist/embed.js`, one classic script (IIFE, no module
 *   imports) for partners' pages, CSS included and adopted by the shadow root;
 * - `--mode module`: `dist/module/siae-diagnostic.js`, an ES module exporting
 *   `mount` and `defineElement` for bundlers, with no side effect on import.
 * - `--mode team`: `dist/team.js`, the team view that `embed.js` loads only
 *   when it is opened (a classic script cannot import a chunk; the other
 *   builds split it off natively). Preact is left out and read from the
 *   embed's global, so both render with one Preact (src/ui/late/).
 * - `--mode network`: `dist/network.html`, the network page, with its own
 *   bundle (src/network), nothing of it in embed.js.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import { localesPlugin } from './scripts/localesPlugin.ts';

const appVersion: string = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version;

/**
 * The SRI hashes of the late scripts, built before embed.js (`npm run build`), so that embed.js
 * loads them with `integrity`: a partner who pins embed.js by its hash pins what it loads too.
 * Empty outside the embed build, or when they are not built yet (then loaded without).
 */
function lateIntegrity(mode: string): Record<string, string> {
  if (mode !== 'embed') return {};
  const hashes: Record<string, string> = {};
  for (const name of ['results', 'team']) {
    const file = new URL(`./dist/${name}.js`, import.meta.url);
    if (existsSync(file)) hashes[name] = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
  }
  return hashes;
}

const libraries: Record<string, UserConfig['build']> = {
  embed: {
    emptyOutDir: false,
    lib: { entry: 'src/embed/embedScript.ts', formats: ['iife'], name: 'SiaeDiagnosticBundle', fileName: () => 'embed.js' },
  },
  results: {
    emptyOutDir: false,
    lib: { entry: 'src/ui/results/resultsScript.ts', formats: ['iife'], name: 'SiaeDiagnosticResults', fileName: () => 'results.js' },
  },
  team: {
    emptyOutDir: false,
    lib: { entry: 'src/ui/team/teamScript.ts', formats: ['iife'], name: 'SiaeDiagnosticTeam', fileName: () => 'team.js' },
  },
  module: {
    emptyOutDir: false,
    outDir: 'dist/module',
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'siae-diagnostic.js' },
    // The bundler resolves these from the package's dependencies.
    rollupOptions: { external: [/^preact(\/|$)/, 'i18next', /^zustand(\/|$)/] },
  },
};

const source = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
const lateRuntime = [
  { find: /^preact$/, replacement: source('./src/ui/late/preact.ts') },
  { find: /^preact\/hooks$/, replacement: source('./src/ui/late/hooks.ts') },
  { find: /^preact\/jsx-runtime$/, replacement: source('./src/ui/late/jsxRuntime.ts') },
];
// A classic script cannot import a chunk: embed.js and the late scripts load results.js and
// team.js from beside them; every other build imports them as chunks.
const lateLoaders = [
  { find: /^\.\/loadTeam$/, replacement: source('./src/ui/team/loadTeam.script.ts') },
  { find: /^(?:\.|\.\/results|\.\.\/results)\/loadResults$/, replacement: source('./src/ui/results/loadResults.script.ts') },
];
const aliases: Record<string, { find: RegExp; replacement: string }[]> = {
  embed: lateLoaders,
  // The late scripts render with the embed's Preact, and may import only the names it shares (src/ui/late/runtime.ts).
  results: [...lateRuntime, ...lateLoaders],
  team: [...lateRuntime, ...lateLoaders],
};

const network: UserConfig['build'] = { emptyOutDir: false, rollupOptions: { input: 'network.html' } };

export default defineConfig(({ mode }) => ({
  plugins: [preact(), ...(mode === 'network' ? [] : [localesPlugin()])],
  resolve: { alias: aliases[mode] ?? [] },
  define: {
    __APP_VERSION__: JSON.stringify(appVersion),
    __LATE_INTEGRITY__: JSON.stringify(lateIntegrity(mode)),
    // A classic script has no import.meta: embed.js finds its folder from `document.currentScript`.
    ...(mode === 'embed' || mode === 'results' || mode === 'team' ? { 'import.meta.url': 'undefined' } : {}),
  },
  publicDir: mode in libraries || mode === 'network' ? false : 'public',
  // Relative asset URLs, so dist/ works from any folder of a partner's server.
  base: './',
  // The page's module imports nothing lazily: no module-preload polyfill.
  build: { outDir: 'dist', target: 'es2020', modulePreload: { polyfill: false }, ...(mode === 'network' ? network : libraries[mode]) },
  test: {
    // Two projects: pure TypeScript runs in node; anything that renders (`.test.tsx`) gets jsdom.
    projects: [
      { extends: true, test: { name: 'node', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'], environment: 'node' } },
      // Rendering in jsdom on a shared, loaded CPU can exceed the 5 s default; a time-out is no assertion.
      { extends: true, test: { name: 'dom', include: ['src/**/*.test.tsx', 'tests/unit/**/*.test.tsx'], environment: 'jsdom', testTimeout: 30_000 } },
    ],
  },
}));
