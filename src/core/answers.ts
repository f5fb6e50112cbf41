/**
 * The one home of answer rules: what a click on an option means (`toggleOption`),
 * what one answer may be (`checkAnswer`), and checking a whole set of answers
 * against the questionnaire (`sanitizeAnswers`, `checkAgainst`, which also
 * reports what was not kept). The view toggles with them, the store checks
 * with them, and everything read from outside goes through them.
 */
import type { AnswerOption, AnswerValue, Answers, OptionId, Profile, Question, Questionnaire } from './questionnaire';
import { DONT_KNOW } from './questionnaire';
import { nullProto, own, type PlainRecord } from './transfer/sanitize';

/**
 * A multiple choice after the option `id` is ticked (`on`) or unticked: "je ne
 * sais pas" and exclusive options (e.g. "aucun") clear the others, and any
 * other option clears them.
 */
export function toggleOption(options: readonly Pick<AnswerOption, 'id' | 'exclusive'>[], picked: readonly OptionId[], id: OptionId, on: boolean): OptionId[] {
  if (!on) return picked.filter((p) => p !== id);
  const isExclusive = (option: OptionId) => option === DONT_KNOW || options.some((o) => o.id === option && o.exclusive);
  if (isExclusive(id)) return [id];
  return [...picked.filter((p) => !isExclusive(p)), id];
}

/** "Aucun" next to real picks is a contradiction: the real picks win. */
function withoutContradiction(q: Question, picked: string[]): string[] {
  const exclusive = new Set(q.options.filter((o) => o.exclusive).map((o) => o.id));
  const real = picked.filter((id) => !exclusive.has(id));
  return real.length > 0 ? real : picked.slice(0, 1);
}

/** The answer `raw` as question `q` accepts it (known options, right arity), or undefined. */
export function checkAnswer(q: Question, raw: unknown): AnswerValue | undefined {
  const allowed = new Set(q.options.map((o) => o.id));
  if (q.dontKnow) allowed.add(DONT_KNOW);
  const list = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : [];
  const picked = [...new Set(list.filter((v): v is string => typeof v === 'string' && allowed.has(v)))];
  if (picked.length === 0) return undefined;
  if (q.kind === 'multiple') return picked.includes(DONT_KNOW) ? [DONT_KNOW] : withoutContradiction(q, picked);
  return picked.length === 1 && typeof raw === 'string' ? (picked[0] as string) : undefined;
}

/**
 * Keeps only answers that fit the questionnaire: known question, known
 * options, right arity. Answers from an older version are dropped, not fatal.
 */
export function sanitizeAnswers(questionnaire: Questionnaire, answers: Readonly<Record<string, unknown>>): Answers {
  const clean: Record<string, AnswerValue> = {};
  for (const q of questionnaire.questions) {
    if (!Object.prototype.hasOwnProperty.call(answers, q.id)) continue;
    const value = checkAnswer(q, answers[q.id]);
    if (value !== undefined) clean[q.id] = value;
  }
  return clean;
}

/** Profile questions check like unscored questions without "je ne sais pas". */
export function profileAsQuestions(questionnaire: Questionnaire): Questionnaire {
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

/** Checks answers and profile from outside (saved state, export file, share link), reporting what was dropped. */
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
