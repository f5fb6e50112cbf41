/**
 * "Télécharger mes réponses" / "Importer des réponses": a small versioned
 * JSON file the structure keeps itself. Parsing never throws: a file from
 * anywhere gets either clean data or one error code the UI can word.
 */
import { migrate, type Migrations } from '../migrate';
import { stringify } from '../json';
import type { Answers, Profile, Questionnaire } from '../questionnaire';
import { checkAgainst } from '../answers';
import { reviseAnswers, revisionFrom } from '../revision';
import { isRecord, own, type PlainRecord } from './sanitize';
import { parsePlan, type Plan } from '../plan';

export const EXPORT_FORMAT = 'siae-diagnostic';
export const EXPORT_FORMAT_VERSION = 2;
/** Far above any real export (a few KB), low enough to parse instantly. */
export const MAX_EXPORT_CHARS = 200 * 1024;
export const MAX_STRUCTURE_NAME = 120;
/** Tolerated clock skew between the machine that exported and this one. */
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

export type ExportError = 'tooLarge' | 'notJson' | 'notOurs' | 'unknownVersion' | 'invalid';

export interface ExportData {
  readonly exportedAt: Date;
  readonly questionnaireVersion: string;
  readonly structureName?: string;
  readonly profile: Profile;
  readonly answers: Answers;
  /** The action plan as exported; null when the file has none (version 1, or never started). */
  readonly plan: Plan | null;
}

export type ParseOutcome =
  /** `reasked`: answers to an earlier questionnaire version that are not carried over (asked again). */
  | { readonly ok: true; readonly data: ExportData; readonly dropped: readonly string[]; readonly adjusted?: readonly string[]; readonly reasked: number }
  | { readonly ok: false; readonly error: ExportError };

/** Old files are walked up one version at a time before they are validated. */
const MIGRATIONS: Migrations = {
  // 2 carries the action plan; a version 1 file had none.
  1: (doc) => ({ ...doc, formatVersion: 2 }),
};

/**
 * Without control characters (it is printed) nor bidirectional embeddings,
 * overrides and isolates (U+202A–202E, U+2066–2069: they would reverse the
 * rest of the sheet's header and the print title), cut at 120 code points
 * (never inside an emoji). Used as the user types, so not trimmed.
 */
export function cleanStructureName(name: string, trim = false): string {
  const stripped = name.replace(/[\u202a-\u202e\u2066-\u2069]+/g, '').replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return Array.from(trim ? stripped.trim() : stripped).slice(0, MAX_STRUCTURE_NAME).join('');
}

/** Cleaned as above and trimmed; undefined when nothing is left. */
export function normalizeStructureName(name: string): string | undefined {
  const clean = cleanStructureName(name, true).trim();
  return clean === '' ? undefined : clean;
}

export interface ExportInput {
  readonly questionnaire: Questionnaire;
  readonly profile: Profile;
  readonly answers: Answers;
  readonly structureName?: string;
  readonly savedAt: Date;
  /** Left out of the file when null. */
  readonly plan?: Plan | null;
}

export function serializeExport(input: ExportInput): string {
  const { profile, answers } = checkAgainst(input.questionnaire, input.profile, input.answers);
  const name = input.structureName === undefined ? undefined : normalizeStructureName(input.structureName);
  return stringify(
    {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      questionnaireVersion: input.questionnaire.version,
      exportedAt: input.savedAt.toISOString(),
      ...(name === undefined ? {} : { structureName: name }),
      profile,
      answers,
      ...(input.plan ? { plan: parsePlan(input.plan).plan } : {}),
    },
    2,
  );
}

/** An ISO timestamp no later than `now` (give or take a day of clock skew), or null. */
export function parseDate(value: unknown, now: Date): Date | null {
  // Date.parse accepts loose forms such as "1"; only ISO timestamps are ours.
  if (typeof value !== 'string' || value.length > 40 || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const date = new Date(value);
  const time = date.getTime();
  return Number.isNaN(time) || time > now.getTime() + FUTURE_TOLERANCE_MS ? null : date;
}

export interface ParseOptions {
  /** The reference for "in the future"; defaults to the current time. */
  readonly now?: Date;
}

export function parseExport(text: string, questionnaire: Questionnaire, options: ParseOptions = {}): ParseOutcome {
  // Checked on length alone before any parsing, so a 10 MB paste costs nothing.
  if (typeof text !== 'string') return { ok: false, error: 'notJson' };
  if (text.length > MAX_EXPORT_CHARS) return { ok: false, error: 'tooLarge' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: 'notJson' };
  }
  if (!isRecord(parsed) || own(parsed, 'format') !== EXPORT_FORMAT) return { ok: false, error: 'notOurs' };
  const doc = migrate(parsed, own(parsed, 'formatVersion'), EXPORT_FORMAT_VERSION, MIGRATIONS);
  if (doc === null) return { ok: false, error: 'unknownVersion' };

  const exportedAt = parseDate(own(doc, 'exportedAt'), options.now ?? new Date());
  const questionnaireVersion = own(doc, 'questionnaireVersion');
  const rawName = own(doc, 'structureName');
  const profile = own(doc, 'profile');
  const answers = own(doc, 'answers');
  if (exportedAt === null || typeof questionnaireVersion !== 'string' || questionnaireVersion.length > 40) return { ok: false, error: 'invalid' };
  if ((rawName !== undefined && typeof rawName !== 'string') || !isRecord(profile) || !isRecord(answers)) return { ok: false, error: 'invalid' };

  // A file of an earlier questionnaire keeps only what still means the same.
  const revision = questionnaireVersion === questionnaire.version ? undefined : revisionFrom(questionnaire.revisions, questionnaireVersion);
  const revised = revision ? reviseAnswers(revision, answers) : { answers, reasked: 0 };
  const checkedData = checkAgainst(questionnaire, profile, revised.answers);
  const name = rawName === undefined ? undefined : normalizeStructureName(rawName);
  const plan = parsePlan(own(doc, 'plan'));
  const data: ExportData = { exportedAt, questionnaireVersion, profile: checkedData.profile, answers: checkedData.answers, plan: plan.plan };
  const dropped = plan.dropped > 0 ? [...checkedData.dropped, 'plan'] : checkedData.dropped;
  return { ok: true, data: name === undefined ? data : { ...data, structureName: name }, dropped, adjusted: checkedData.adjusted, reasked: revised.reasked };
}
