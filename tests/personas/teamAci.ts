/**
 * A team diagnostic in an ACI (6–15 permanents, 21–50 people on a
 * pathway): the director, a CIP and an encadrant technique answer
 * separately. The director sees everything at its best; the CIP and the
 * encadrant, who work with the people on a pathway every day, rate that
 * dimension at its lowest. The study's central finding, told by a team.
 *
 * Answers are built from the questionnaire (best, middle or lowest option
 * of each question) so the story survives a rewording of the questions.
 */
import type { AnswerValue, Answers, Question } from '../../src/core/questionnaire';
import { DONT_KNOW } from '../../src/core/questionnaire';
import type { Respondent } from '../../src/core/team';
import { questionnaire } from '../../src/data/questionnaire';

export const teamProfile = { structureType: 'aci', permanentStaff: 'p6_15', pathwayStaff: 's21_50', role: 'director' };

type Pick = 'best' | 'middle' | 'lowest';

function answer(q: Question, pick: Pick): AnswerValue {
  const ranked = [...q.options].sort((a, b) => a.points - b.points);
  if (q.kind === 'multiple') {
    const real = q.options.filter((o) => !o.exclusive && o.points > 0).map((o) => o.id);
    const none = q.options.find((o) => o.exclusive)?.id;
    if (pick === 'best') return real;
    if (pick === 'middle') return real.slice(0, Math.max(1, Math.floor(real.length / 2)));
    return none ? [none] : real.slice(0, 1);
  }
  const index = pick === 'best' ? ranked.length - 1 : pick === 'middle' ? Math.ceil((ranked.length - 1) / 2) : 0;
  return (ranked[index] as { id: string }).id;
}

/** `byDimension` overrides `pick` per dimension; `dontKnow` lists questions answered "je ne sais pas". */
function answers(pick: Pick, byDimension: Readonly<Record<string, Pick>> = {}, dontKnow: readonly string[] = []): Answers {
  return Object.fromEntries(
    questionnaire.questions.map((q) => [q.id, dontKnow.includes(q.id) && q.dontKnow ? (q.kind === 'multiple' ? [DONT_KNOW] : DONT_KNOW) : answer(q, byDimension[q.dimension] ?? pick)]),
  );
}

export const director: Respondent = { key: 'director', role: 'director', firstName: 'Nadia', answers: answers('best') };
/** The CIP does not know the connection or the upkeep contract; the director does. */
export const cip: Respondent = { key: 'cip', role: 'cip', firstName: 'Karim', answers: answers('middle', { pathway: 'lowest' }, ['eq_connection', 'eq_upkeep', 'strat_plan']) };
export const supervisor: Respondent = { key: 'supervisor', role: 'supervisor', answers: answers('middle', { pathway: 'lowest' }, ['eq_upkeep']) };

export const teamAci: readonly Respondent[] = [director, cip, supervisor];
