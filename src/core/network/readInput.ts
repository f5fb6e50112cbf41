/**
 * One file or link handed to the network page, read with the widget's own
 * parsers (export file, share link) and scored with `buildResult`. Only the
 * scores, the structure type and the month are kept: no name, no free text,
 * no answer, no day.
 */
import type { Benchmark } from '../benchmark';
import { buildResult } from '../buildResult';
import type { Answers, Profile, Questionnaire } from '../questionnaire';
import { MAX_EXPORT_CHARS, decodeShare, parseExport, readShareFromHash } from '../transfer';

export type Rejection = 'duplicate' | 'notOurs' | 'damaged' | 'tooLarge' | 'version';

export interface NetworkEntry {
  /** Identity of the diagnostic, to catch the same one loaded twice (kept in memory only). */
  readonly key: string;
  readonly structureType: string | null;
  /** "YYYY-MM" of the export or link date, null when the link has none. */
  readonly month: string | null;
  readonly overall: number;
  readonly dimensions: Readonly<Record<string, number>>;
}

export type Reading = { readonly ok: true; readonly entry: NetworkEntry } | { readonly ok: false; readonly reason: Rejection };

const NO_BENCHMARK: Benchmark = { version: 'none', indicators: [], findings: [], dimensionAverages: [] };
const NO_RECOMMENDATIONS = { recommendations: [], resources: [] };

function canonical(record: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(Object.keys(record).sort().map((k) => [k, record[k]]));
}

/**
 * The same diagnostic is the same answers and profile on the same day: an
 * export and a link of one diagnostic match (a link keeps only the day), and
 * the same file chosen twice matches. Two structures giving exactly the same
 * answers on the same day would count once: unlikely over thirty questions.
 */
export function identityOf(profile: Profile, answers: Answers, date: Date | undefined): string {
  return `${date ? date.toISOString().slice(0, 10) : '-'}|${canonical(profile)}|${canonical(answers)}`;
}

function entryOf(questionnaire: Questionnaire, profile: Profile, answers: Answers, date: Date | undefined): NetworkEntry {
  const result = buildResult(questionnaire, answers, profile, NO_BENCHMARK, NO_RECOMMENDATIONS);
  const type = profile['structureType'];
  return {
    key: identityOf(profile, answers, date),
    structureType: typeof type === 'string' ? type : null,
    month: date ? date.toISOString().slice(0, 7) : null,
    overall: result.score,
    dimensions: Object.fromEntries(result.dimensions.map((d) => [d.id, d.score])),
  };
}

const looksLikeOurs = (text: string): boolean => /"format"\s*:\s*"siae-diagnostic"/.test(text);

/** Reads an export file's text, a share link (whole URL or `#r=…`), never throws. */
export function readInput(text: string, questionnaire: Questionnaire, now: Date = new Date()): Reading {
  if (typeof text !== 'string') return { ok: false, reason: 'notOurs' };
  if (text.length > MAX_EXPORT_CHARS) return { ok: false, reason: 'tooLarge' };
  const trimmed = text.trim();
  const hash = trimmed.startsWith('{') ? null : readShareFromHash(trimmed.slice(Math.max(0, trimmed.indexOf('#'))));
  if (hash !== null) {
    const link = decodeShare(hash, questionnaire, now);
    if (!link.ok) return { ok: false, reason: link.error === 'tooLong' ? 'tooLarge' : link.error === 'checksum' || link.error === 'malformed' ? 'damaged' : 'version' };
    if (link.dropped.length > 0) return { ok: false, reason: 'damaged' };
    return { ok: true, entry: entryOf(questionnaire, link.data.profile, link.data.answers, link.data.createdAt) };
  }
  const file = parseExport(trimmed, questionnaire, { now });
  if (!file.ok) {
    if (file.error === 'notJson') return { ok: false, reason: looksLikeOurs(trimmed) ? 'damaged' : 'notOurs' };
    return { ok: false, reason: file.error === 'unknownVersion' ? 'version' : file.error === 'invalid' ? 'damaged' : file.error };
  }
  // Scores of another questionnaire version are not comparable: never mixed in.
  if (file.data.questionnaireVersion !== questionnaire.version) return { ok: false, reason: 'version' };
  // Values the questionnaire does not know mean an edited or damaged file.
  if (file.dropped.length > 0) return { ok: false, reason: 'damaged' };
  return { ok: true, entry: entryOf(questionnaire, file.data.profile, file.data.answers, file.data.exportedAt) };
}
