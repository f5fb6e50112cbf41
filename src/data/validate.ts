/**
 * Checks the content (questionnaire, benchmark, recommendations, resources,
 * wording of one language) for the mistakes an editor can make. Pure: it
 * returns human-readable problems, an empty list meaning fine. Run as a test
 * on the real content, and usable on a partner's replacement content.
 */
import type { Source } from '../core/benchmark';
import type { Content } from '../core/content';
import { conditionRefs, type Condition } from '../core/conditions';
import { DONT_KNOW, questionMaxPoints } from '../core/questionnaire';
import { checkWording } from './validateWording';

/** The content with the wording of one language, as checked here. */
export interface ContentWithWording extends Content {
  /** Namespace → nested wording object, for one language. */
  readonly wording: Readonly<Record<string, unknown>>;
}

/** Points stay modest so no single question outweighs a dimension. */
export const MAX_POINTS = 4;

function duplicates(what: string, ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const id of ids) {
    if (seen.has(id) && !reported.has(id)) reported.add(id);
    seen.add(id);
  }
  return [...reported].map((id) => `Duplicate ${what} id "${id}"`);
}

function checkSource(where: string, source: Source): string[] {
  const problems: string[] = [];
  for (const field of ['publisher', 'title', 'date'] as const) {
    if (!source[field]?.trim()) problems.push(`${where}: source has no ${field}`);
  }
  if (!/^\d{4}-\d{2}(-\d{2})?$/.test(source.reviewedAt ?? '')) problems.push(`${where}: source has no valid reviewedAt date`);
  if (source.url !== undefined && !isHttps(source.url)) problems.push(`${where}: source url is not https`);
  return problems;
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

function isHomePage(url: string): boolean {
  const u = new URL(url);
  return u.pathname === '/' && !u.search && !u.hash;
}

export function validateContent(content: ContentWithWording): string[] {
  const { questionnaire, benchmark, recommendations, resources } = content;
  const problems: string[] = [];
  const dimensions = new Set(questionnaire.dimensions.map((d) => d.id));
  const questions = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const profile = new Map(questionnaire.profile.map((p) => [p.id, p]));

  problems.push(...duplicates('dimension', questionnaire.dimensions.map((d) => d.id)));
  problems.push(...duplicates('question', questionnaire.questions.map((q) => q.id)));
  problems.push(...duplicates('profile question', questionnaire.profile.map((p) => p.id)));
  problems.push(...duplicates('recommendation', recommendations.map((r) => r.id)));
  problems.push(...duplicates('resource', resources.map((r) => r.id)));
  problems.push(...duplicates('indicator', benchmark.indicators.map((i) => i.id)));
  problems.push(...duplicates('finding', benchmark.findings.map((f) => f.id)));

  /** `before`: the question ids a showIf may refer to; `levels`: whether levels are known. */
  const checkCondition = (where: string, condition: Condition, opts: { before?: ReadonlySet<string>; levels: boolean }) => {
    const refs = conditionRefs(condition);
    for (const ref of refs.questions) {
      const q = questions.get(ref.id);
      if (!q) {
        problems.push(`${where}: unknown question "${ref.id}"`);
        continue;
      }
      if (opts.before && !opts.before.has(ref.id)) problems.push(`${where}: refers to "${ref.id}", which is not asked before it`);
      for (const option of ref.options) {
        const known = q.options.some((o) => o.id === option) || (option === DONT_KNOW && q.dontKnow === true);
        if (!known) problems.push(`${where}: unknown option "${option}" of question "${ref.id}"`);
      }
    }
    for (const ref of refs.profile) {
      const p = profile.get(ref.id);
      if (!p) problems.push(`${where}: unknown profile question "${ref.id}"`);
      else for (const option of ref.options) {
        if (!p.options.some((o) => o.id === option)) problems.push(`${where}: unknown option "${option}" of profile question "${ref.id}"`);
      }
    }
    for (const d of refs.dimensions) {
      if (!dimensions.has(d)) problems.push(`${where}: unknown dimension "${d}"`);
      else if (!opts.levels) problems.push(`${where}: refers to the level of "${d}", which is not known there`);
    }
  };

  const asked = new Set<string>();
  for (const q of questionnaire.questions) {
    const where = `Question "${q.id}"`;
    if (!dimensions.has(q.dimension)) problems.push(`${where}: unknown dimension "${q.dimension}"`);
    problems.push(...duplicates(`option (in "${q.id}")`, q.options.map((o) => o.id)));
    if (q.options.some((o) => o.id === DONT_KNOW)) problems.push(`${where}: "${DONT_KNOW}" is reserved for "je ne sais pas"`);
    if (q.options.length < 2) problems.push(`${where}: needs at least two options`);
    for (const o of q.options) {
      if (!Number.isInteger(o.points) || o.points < 0 || o.points > MAX_POINTS) {
        problems.push(`${where}: option "${o.id}" has points ${o.points}, outside 0..${MAX_POINTS}`);
      }
      if (o.exclusive && q.kind !== 'multiple') problems.push(`${where}: option "${o.id}" is exclusive but the question is not multiple`);
    }
    const max = questionMaxPoints(q);
    if (!(max > 0 && max <= MAX_POINTS)) problems.push(`${where}: maximum points ${max}, outside 1..${MAX_POINTS}`);
    if (q.kind === 'scale' && q.options.some((o, i) => i > 0 && o.points < (q.options[i - 1]?.points ?? 0))) {
      problems.push(`${where}: a scale's options must be in increasing order of points`);
    }
    if (q.askedIf) {
      checkCondition(`${where} askedIf`, q.askedIf, { before: asked, levels: false });
      // Profile reasons belong in applicableIf: they leave the question out of the count.
      if (conditionRefs(q.askedIf).profile.length > 0) problems.push(`${where} askedIf: a profile condition belongs in applicableIf`);
    }
    if (q.applicableIf) {
      checkCondition(`${where} applicableIf`, q.applicableIf, { levels: false });
      // Answer reasons belong in askedIf: a "no" must count at 0, not vanish.
      if (conditionRefs(q.applicableIf).questions.length > 0) problems.push(`${where} applicableIf: an answer condition belongs in askedIf`);
    }
    asked.add(q.id);
  }
  for (const p of questionnaire.profile) {
    problems.push(...duplicates(`option (in profile "${p.id}")`, p.options.map((o) => o.id)));
  }

  const resourceIds = new Set(resources.map((r) => r.id));
  for (const r of resources) {
    if (!r.name.trim()) problems.push(`Resource "${r.id}": no name`);
    if (!isHttps(r.url)) problems.push(`Resource "${r.id}": url "${r.url}" is not https`);
    // Deep links rot and cannot be checked from here: home pages only.
    else if (!isHomePage(r.url)) problems.push(`Resource "${r.id}": url "${r.url}" is not a home page`);
  }
  for (const rec of recommendations) {
    const where = `Recommendation "${rec.id}"`;
    if (!dimensions.has(rec.dimension)) problems.push(`${where}: unknown dimension "${rec.dimension}"`);
    checkCondition(`${where} when`, rec.when, { levels: true });
    if (rec.source) problems.push(...checkSource(where, rec.source));
    if (![1, 2, 3].includes(rec.rank)) problems.push(`${where}: rank ${String(rec.rank)}, expected 1 to 3`);
    for (const id of rec.resources) if (!resourceIds.has(id)) problems.push(`${where}: unknown resource "${id}"`);
    if (!Number.isInteger(rec.steps) || rec.steps < 2 || rec.steps > 4) problems.push(`${where}: ${rec.steps} steps, expected 2 to 4`);
  }

  const recommendationIds = new Set(recommendations.map((r) => r.id));
  for (const f of content.funding ?? []) {
    if (!resourceIds.has(f.resource)) problems.push(`Funding "${f.id}": unknown resource "${f.resource}"`);
    for (const id of f.recommendations) if (!recommendationIds.has(id)) problems.push(`Funding "${f.id}": unknown recommendation "${id}"`);
  }

  if (!benchmark.version.trim()) problems.push('Benchmark: no version');
  const figures = [
    ...benchmark.indicators.map((i) => ({ where: `Indicator "${i.id}"`, ...i })),
    ...benchmark.dimensionAverages.map((a) => ({ where: `Average of "${a.dimension}"${a.structureType ? ` (${a.structureType})` : ''}`, ...a })),
  ];
  for (const f of figures) {
    if (!dimensions.has(f.dimension)) problems.push(`${f.where}: unknown dimension "${f.dimension}"`);
    if (!(Number.isFinite(f.value) && f.value >= 0 && f.value <= 100)) problems.push(`${f.where}: value ${f.value} outside 0..100`);
    problems.push(...checkSource(f.where, f.source));
  }
  for (const ind of benchmark.indicators) {
    // Figures describe answers, never levels, which are this tool's own.
    checkCondition(`Indicator "${ind.id}" matches`, ind.matches, { levels: false });
    checkCondition(`Indicator "${ind.id}" known`, ind.known, { levels: false });
  }
  for (const a of benchmark.dimensionAverages) {
    if (a.structureType !== undefined) {
      checkCondition(`Average of "${a.dimension}"`, { profile: 'structureType', anyOf: [a.structureType] }, { levels: false });
    }
  }
  for (const f of benchmark.findings) {
    if (!dimensions.has(f.dimension)) problems.push(`Finding "${f.id}": unknown dimension "${f.dimension}"`);
    problems.push(...checkSource(`Finding "${f.id}"`, f.source));
  }

  problems.push(...checkWording(content.wording, questionnaire, benchmark, recommendations));
  return problems;
}
