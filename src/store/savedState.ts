/**
 * The shape kept in the browser, versioned from day one. Each change of
 * shape bumps SAVED_VERSION and adds a migration (and its test). Parsing
 * never throws: what is valid is kept, the rest dropped, and a notice says so.
 */
import type { Answers, Profile, Questionnaire } from '../core/questionnaire';
import { normalizeStructureName } from '../core/transfer';
import { checkAgainst } from '../core/answers';
import { migrate, type Migrations } from '../core/migrate';
import { reviseAnswers, revisionFrom } from '../core/revision';
import { asStep, type Step } from '../core/steps';
import { isRecord } from '../core/transfer/sanitize';
import { parseAnsweringFor, parseSavedTeam, type AnsweringFor, type SavedTeam } from './savedTeam';
import { parsePlan, type Plan } from '../core/plan';

export const SAVED_VERSION = 6;

/** An earlier diagnostic, imported to show progress since its date. */
export interface EarlierSnapshot {
  readonly profile: Profile;
  readonly answers: Answers;
  /** ISO date of the earlier diagnostic. */
  readonly date: string;
  /** The action plan as it stood then, to show what became of it. */
  readonly plan: Plan;
}

export interface SavedState {
  readonly version: typeof SAVED_VERSION;
  readonly profile: Profile;
  readonly answers: Answers;
  readonly step: Step;
  readonly structureName: string;
  /** ISO dates. */
  readonly startedAt: string | null;
  readonly updatedAt: string | null;
  readonly earlier: EarlierSnapshot | null;
  /** The language the user switched to, if any ("fr", "en"…); checked against the shipped ones at mount. */
  readonly language: string | null;
  /** The questionnaire version the answers were given to. */
  readonly questionnaireVersion: string | null;
  /** A team diagnostic this browser started: the invitation's team and the replies gathered. */
  readonly team: SavedTeam | null;
  /** The invitation these answers reply to, when a colleague answers for a team. */
  readonly answeringFor: AnsweringFor | null;
  /** The action plan; null until the user changes it (the priority actions are shown instead). */
  readonly plan: Plan | null;
}

/** The saved subset of the store's state: picked here and nowhere else. */
export function toSaved(state: Omit<SavedState, 'version'>): SavedState {
  const { profile, answers, step, structureName, startedAt, updatedAt, earlier, language, questionnaireVersion, team, answeringFor, plan } = state;
  return { version: SAVED_VERSION, profile, answers, step, structureName, startedAt, updatedAt, earlier, language, questionnaireVersion, team, answeringFor, plan };
}

/** What the user is told after loading; `revised`: the questionnaire changed, some questions are asked again. */
export type LoadNotice = 'corrupt' | 'unknownVersion' | 'dropped' | 'revised' | 'tabConflict' | null;

type Raw = Record<string, unknown>;

/** version → function turning that version's shape into the next one's (see core/migrate). */
const MIGRATIONS: Migrations = {
  // 2 added the earlier diagnostic kept for progress over time.
  1: (old) => ({ ...old, earlier: null, version: 2 }),
  // 3 keeps the language the user switched to, so resuming comes back in it.
  2: (old) => ({ ...old, language: null, version: 3 }),
  // 4 records the questionnaire version; every earlier save was made with 2026.1.
  3: (old) => ({ ...old, questionnaireVersion: '2026.1', version: 4 }),
  // 5 keeps a team diagnostic: the starter's team and replies, or the invitation a colleague answers.
  4: (old) => ({ ...old, team: null, answeringFor: null, version: 5 }),
  // 6 keeps the action plan, and the plan an imported earlier diagnostic had.
  5: (old) => ({ ...old, plan: null, earlier: isRecord(old['earlier']) ? { ...old['earlier'], plan: [] } : null, version: 6 }),
};

const isoOrNull = (v: unknown): string | null => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : null);

const recordOr = (v: unknown): Raw => (isRecord(v) ? v : {});

function parseEarlier(raw: unknown, questionnaire: Questionnaire): EarlierSnapshot | null {
  if (!isRecord(raw)) return null;
  const date = isoOrNull(raw['date']);
  if (!date) return null;
  const { answers, profile } = checkAgainst(questionnaire, recordOr(raw['profile']), recordOr(raw['answers']));
  return { date, answers, profile, plan: parsePlan(raw['plan']).plan ?? [] };
}

export function parseSaved(text: string | null, questionnaire: Questionnaire): { state: SavedState | null; notice: LoadNotice } {
  if (text === null) return { state: null, notice: null };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { state: null, notice: 'corrupt' };
  }
  if (!isRecord(raw) || typeof raw['version'] !== 'number') return { state: null, notice: 'corrupt' };
  const data = migrate(raw, raw['version'], SAVED_VERSION, MIGRATIONS);
  if (data === null) return { state: null, notice: 'unknownVersion' };
  const savedFor = typeof data['questionnaireVersion'] === 'string' ? data['questionnaireVersion'] : null;
  const revision = savedFor === questionnaire.version ? undefined : revisionFrom(questionnaire.revisions, savedFor);
  const revised = revision ? reviseAnswers(revision, recordOr(data['answers'])) : { answers: recordOr(data['answers']), reasked: 0 };
  const { answers, profile, dropped } = checkAgainst(questionnaire, recordOr(data['profile']), revised.answers);
  const plan = parsePlan(data['plan']);
  const state: SavedState = {
    version: SAVED_VERSION,
    answers,
    profile,
    step: asStep(data['step']) ?? 'welcome',
    structureName: typeof data['structureName'] === 'string' ? (normalizeStructureName(data['structureName']) ?? '') : '',
    startedAt: isoOrNull(data['startedAt']),
    updatedAt: isoOrNull(data['updatedAt']),
    earlier: parseEarlier(data['earlier'], questionnaire),
    language: typeof data['language'] === 'string' && /^[a-z]{2}$/.test(data['language']) ? data['language'] : null,
    questionnaireVersion: questionnaire.version,
    team: parseSavedTeam(data['team'], questionnaire, savedFor),
    answeringFor: parseAnsweringFor(data['answeringFor']),
    plan: plan.plan,
  };
  if (revised.reasked > 0) return { state, notice: 'revised' };
  return { state, notice: dropped.length > 0 || plan.dropped > 0 || !isRecord(data['answers']) ? 'dropped' : null };
}
