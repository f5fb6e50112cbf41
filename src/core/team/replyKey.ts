/**
 * A reply's key: a fingerprint of what it says (role, first name, day,
 * answers), the same whether it came as a link or a file, so adding the
 * same reply twice is caught whatever the way it came.
 */
import type { AnswerValue, Answers } from '../questionnaire';
import { fnv1a } from '../transfer/bits';
import type { TeamRole } from './types';

export function replyKey(teamId: string, role: TeamRole, firstName: string | undefined, answeredOn: string | undefined, answers: Answers): string {
  const canonical = Object.keys(answers)
    .sort()
    .map((id): [string, AnswerValue] => {
      const value = answers[id] as AnswerValue;
      return [id, typeof value === 'string' ? value : [...value].sort()];
    });
  const text = JSON.stringify([teamId, role, firstName ?? '', answeredOn ?? '', canonical]);
  return fnv1a(new TextEncoder().encode(text)).toString(16).padStart(8, '0');
}

/** The UTC day of a date, as the links carry it. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
