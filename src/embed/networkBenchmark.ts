/**
 * A network's benchmark beside the study: its per-dimension medians, checked
 * by the core validator, replace the (empty) averages; the study's figures
 * and findings always stay. From the `benchmark` option, or fetched once per
 * URL from `benchmark-src`. Anything wrong: one warning, the study alone.
 */
import { validateBenchmark } from '../core/network/validateBenchmark';
import type { Content } from '../core/content';

const fetched = new Map<string, Promise<unknown>>();

export function withNetwork(content: Content, raw: unknown, from: string): Content {
  const check = validateBenchmark(raw, content.questionnaire);
  if (!check.ok) {
    console.warn(`[siae-diagnostic] Invalid benchmark ${from} (${check.problem}); showing the study alone.`);
    return content;
  }
  const study = content.benchmark;
  return { ...content, benchmark: { ...study, version: `${study.version}+${check.version}`, dimensionAverages: check.dimensionAverages } };
}

/** Resolves to the parsed JSON, or to undefined after one warning. */
export function fetchBenchmark(url: string): Promise<unknown> {
  let pending = fetched.get(url);
  if (!pending) {
    pending = fetch(url, { credentials: 'omit' }).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    });
    fetched.set(url, pending);
  }
  return pending.catch((error: unknown) => {
    console.warn(`[siae-diagnostic] benchmark-src ${url} unavailable (${String(error)}); showing the study alone.`);
    return undefined;
  });
}
