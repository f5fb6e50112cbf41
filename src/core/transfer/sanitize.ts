/**
 * Shared by the export file and the share link: whatever comes from outside
 * is checked against the questionnaire, and what does not fit is dropped and
 * reported rather than refused, so an export from an older questionnaire
 * still restores everything that still exists.
 */
import type { AnswerValue, Answers, Profile, Question, Questionnaire } from '../questionnaire';
import { sanitizeAnswers } from '../scoring';

export type PlainRecord = Readonly<Record<string, unknown>>;

/** A non-array object, as JSON.parse builds it. */
export function isRecord(value: unknown): value is PlainRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads only own keys, so `constructor` or `__proto__` never reach a prototype. */
export function own(record: PlainRecord, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * A prototype-free copy: whatever the keys, writing or reading them cannot
 * reach Object.prototype, and `'toString' in answers` is false.
 */
export function nullProto<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

/** Profile questions check like unscored questions without "je ne sais pas". */
function profileAsQuestions(questionnaire: Questionnaire): Questionnaire {
  const questions: Question[] = questionnaire.profile.map((p) => ({
    id: p.id,
    dimension: '',
    kind: p.kind,
    options: p.options.map((o) => ({ id: o.id, points: 0 })),
  }));
  return { ...questionnaire, questions, profile: [] };
}

function sameValue(raw: unknown, kept: AnswerValue | undefined): boolean {
  if (typeof kept === 'string') return raw === kept;
  if (kept === undefined || !Array.isArray(raw)) return false;
  return raw.length === kept.length && kept.every((v, i) => raw[i] === v);
}

function checked(questionnaire: Questionnaire, raw: PlainRecord, prefix: string, dropped: string[], adjusted: string[]): Record<string, AnswerValue> {
  const clean = sanitizeAnswers(questionnaire, raw);
  for (const key of Object.keys(raw)) {
    const kept = own(clean, key) as AnswerValue | undefined;
    if (sameValue(raw[key], kept)) continue;
    dropped.push(prefix + key);
    if (kept !== undefined) adjusted.push(prefix + key);
  }
  return nullProto(Object.entries(clean));
}

export interface Checked {
  readonly profile: Profile;
  readonly answers: Answers;
  /** Ids whose value was not kept exactly as given; profile ids as `profile.<id>`. */
  readonly dropped: string[];
  /**
   * Those of `dropped` still answered, by the answer rules every answer goes
   * through (e.g. "Aucun" ticked with other options keeps the others): so a
   * message can give the true reason.
   */
  readonly adjusted: string[];
}

export function checkAgainst(questionnaire: Questionnaire, profile: PlainRecord, answers: PlainRecord): Checked {
  const dropped: string[] = [];
  const adjusted: string[] = [];
  return {
    profile: checked(profileAsQuestions(questionnaire), profile, 'profile.', dropped, adjusted),
    answers: checked(questionnaire, answers, '', dropped, adjusted),
    dropped,
    adjusted,
  };
}
