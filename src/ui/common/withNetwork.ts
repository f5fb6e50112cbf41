/**
 * A network's benchmark beside the study: its per-dimension medians, checked
 * by the core validator, replace the (empty) averages; the study's figures
 * and findings always stay. Anything wrong: one warning, the study alone.
 * (Given by the `benchmark` option or fetched from `benchmark-src` by the
 * embed: `embed/networkBenchmark.ts`.)
 */
import { validateBenchmark } from '../../core/network/validateBenchmark';
import type { Content } from '../../core/content';

export function withNetwork(content: Content, raw: unknown, from: string): Content {
  const check = validateBenchmark(raw, content.questionnaire);
  if (!check.ok) {
    console.warn(`[siae-diagnostic] Invalid benchmark ${from} (${check.problem}); showing the study alone.`);
    return content;
  }
  const study = content.benchmark;
  return { ...content, benchmark: { ...study, version: `${study.version}+${check.version}`, dimensionAverages: check.dimensionAverages } };
}
