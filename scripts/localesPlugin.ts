/**
 * Vite plugin: writes every non-French language as one JSON file,
 * `locales/<lng>.json` ({ ui, questionnaire, recommendations, study }), which
 * the widget fetches only when that language is asked for. Also serves them
 * in `vite` dev mode.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const LOCALES = join(import.meta.dirname, '..', 'locales');
/** Bundled into the script itself, so never written apart. */
const BUNDLED = 'fr';
/** The network page's wording (network.html bundles it): not the widget's. */
const NOT_WIDGET = new Set(['network.json']);

export function mergedBundle(lng: string): string {
  const bundle: Record<string, unknown> = {};
  for (const file of readdirSync(join(LOCALES, lng)).filter((f) => f.endsWith('.json') && !NOT_WIDGET.has(f)).sort()) {
    bundle[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(LOCALES, lng, file), 'utf8'));
  }
  return JSON.stringify(bundle);
}

function extraLanguages(): string[] {
  return readdirSync(LOCALES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== BUNDLED)
    .map((d) => d.name);
}

export function localesPlugin(): Plugin {
  return {
    name: 'siae-locales',
    generateBundle() {
      for (const lng of extraLanguages()) this.emitFile({ type: 'asset', fileName: `locales/${lng}.json`, source: mergedBundle(lng) });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        // Any folder: in dev the widget runs as modules, so it asks beside its own source file.
        const match = /\/locales\/([a-z]{2})\.json$/.exec(req.url ?? '');
        if (!match?.[1] || !extraLanguages().includes(match[1])) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(mergedBundle(match[1]));
      });
    },
  };
}
