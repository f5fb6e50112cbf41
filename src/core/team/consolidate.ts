/**
 * The team's own answers, one per question, to be scored by `buildResult`
 * like any diagnostic. Only real answers count; "je ne sais pas" is the
 * team's answer only when nobody knew.
 *
 * - Single choices and scales: the median answer, options ordered by points
 *   (then by their order in the question). With an even number of answers,
 *   the lower of the two middle ones: the team's answer is one that at least
 *   half of those who answered reach or exceed, never better.
 * - Multiple choices: an option is in when more than half of those who
 *   answered picked it (exactly half is not a majority). When no option has
 *   a majority, the question's exclusive option ("aucun") if it has one,
 *   otherwise no answer (it earns 0, like a missing answer).
 * A team of one gets exactly that person's answers to the questions shown.
 */
import type { AnswerValue, Answers, Profile, Question, Questionnaire } from '../questionnaire';
import { DONT_KNOW, pickedOptions } from '../questionnaire';
import { cleanRespondents, questionFacts, type KnownAnswer } from './questionFacts';
import type { Respondent } from './types';

function medianChoice(q: Question, known: readonly KnownAnswer[]): AnswerValue {
  const rank = (value: AnswerValue): [number, number] => {
    const index = q.options.findIndex((o) => o.id === value);
    return [q.options[index]?.points ?? 0, index];
  };
  const sorted = known.map((k) => k.value).sort((a, b) => {
    const [pa, ia] = rank(a);
    const [pb, ib] = rank(b);
    return pa - pb || ia - ib;
  });
  return sorted[Math.floor((sorted.length - 1) / 2)] as AnswerValue;
}

function majorityChoices(q: Question, known: readonly KnownAnswer[]): AnswerValue | undefined {
  const kept = q.options.filter((o) => known.filter((k) => pickedOptions(k.value).includes(o.id)).length * 2 > known.length).map((o) => o.id);
  if (kept.length > 0) return kept;
  const exclusive = q.options.find((o) => o.exclusive);
  return exclusive ? [exclusive.id] : undefined;
}

export function consolidateAnswers(questionnaire: Questionnaire, profile: Profile, respondents: readonly Respondent[]): Answers {
  const out: Record<string, AnswerValue> = {};
  const cleaned = cleanRespondents(questionnaire, respondents);
  for (const q of questionnaire.questions) {
    const { known, dontKnow } = questionFacts(q, profile, cleaned);
    if (known.length === 0) {
      if (dontKnow.length > 0) out[q.id] = q.kind === 'multiple' ? [DONT_KNOW] : DONT_KNOW;
      continue;
    }
    const value = q.kind === 'multiple' ? majorityChoices(q, known) : medianChoice(q, known);
    if (value !== undefined) out[q.id] = value;
  }
  return out;
}
