/**
 * Property over the real questionnaire: a "no" that hides follow-up
 * questions never scores its dimension above a "yes" followed by the
 * weakest follow-ups. For every question that hides others, every option
 * that hides them, every option that shows them, every structure type and
 * every fixed set of the other answers we enumerate (all highest, all
 * middle, all lowest), the dimension score with the hiding answer is at
 * most the score with the showing answer and the follow-ups at their lowest.
 */
import { describe, expect, it } from 'vitest';
import { buildResult } from '../../src/core/buildResult';
import { conditionRefs, evaluate, type Condition } from '../../src/core/conditions';
import { DONT_KNOW, type Question } from '../../src/core/questionnaire';
import { benchmark } from '../../src/data/benchmark';
import { questionnaire } from '../../src/data/questionnaire';
import { recommendations } from '../../src/data/recommendations';
import { resources } from '../../src/data/resources';

type Fill = 'highest' | 'middle' | 'lowest';

/** The answer-dependent condition of a question, whatever the model calls it. */
const answerCondition = (q: Question): Condition | undefined => (q as { askedIf?: Condition }).askedIf ?? (q as { showIf?: Condition }).showIf;

function answerFor(q: Question, fill: Fill): string | string[] {
  const byPoints = [...q.options].sort((a, b) => a.points - b.points);
  if (q.kind === 'multiple') {
    const real = q.options.filter((o) => !o.exclusive);
    const none = q.options.find((o) => o.exclusive);
    if (fill === 'highest') return real.map((o) => o.id);
    if (fill === 'middle') return real.slice(0, Math.max(1, Math.floor(real.length / 2))).map((o) => o.id);
    return none ? [none.id] : [byPoints[0]!.id];
  }
  const index = fill === 'highest' ? byPoints.length - 1 : fill === 'middle' ? Math.floor((byPoints.length - 1) / 2) : 0;
  return byPoints[index]!.id;
}

const types = questionnaire.profile.find((p) => p.id === 'structureType')!.options.map((o) => o.id);
const score = (answers: Record<string, unknown>, type: string, dimension: string) =>
  buildResult(questionnaire, answers, { structureType: type }, benchmark, { recommendations, resources }).dimensions.find((d) => d.id === dimension)!.score;

const parents = questionnaire.questions.filter((p) =>
  questionnaire.questions.some((q) => {
    const c = answerCondition(q);
    return c !== undefined && conditionRefs(c).questions.some((r) => r.id === p.id);
  }),
);

describe('a "no" that hides questions is never rewarded', () => {
  it('some questions hide others (else the property says nothing)', () => {
    expect(parents.length).toBeGreaterThan(0);
  });
  for (const parent of parents) {
    const followUps = questionnaire.questions.filter((q) => {
      const c = answerCondition(q);
      return c !== undefined && conditionRefs(c).questions.some((r) => r.id === parent.id);
    });
    const others = questionnaire.questions.filter((q) => q.dimension === parent.dimension && q !== parent && !followUps.includes(q));
    const choices = [...parent.options.map((o) => o.id), ...(parent.dontKnow ? [DONT_KNOW] : [])];
    for (const fill of ['highest', 'middle', 'lowest'] as const) {
      it(`${parent.id}, other answers ${fill}`, () => {
        const failures: string[] = [];
        for (const type of types) {
          const base: Record<string, unknown> = Object.fromEntries(others.map((q) => [q.id, answerFor(q, fill)]));
          const shows = (choice: string) =>
            followUps.some((q) => evaluate(answerCondition(q)!, { answers: { ...base, [parent.id]: parent.kind === 'multiple' ? [choice] : choice } as never, profile: { structureType: type } }));
          const asAnswer = (choice: string) => (parent.kind === 'multiple' ? [choice] : choice);
          const hiding = choices.filter((c) => !shows(c));
          const showing = choices.filter((c) => shows(c));
          for (const no of hiding) {
            for (const yes of showing) {
              const weakest = Object.fromEntries(followUps.map((q) => [q.id, answerFor(q, 'lowest')]));
              const sNo = score({ ...base, [parent.id]: asAnswer(no) }, type, parent.dimension);
              const sYes = score({ ...base, [parent.id]: asAnswer(yes), ...weakest }, type, parent.dimension);
              if (sNo > sYes) failures.push(`${type}: "${no}" scores ${sNo} > "${yes}" with weakest follow-ups ${sYes}`);
            }
          }
        }
        expect(failures).toEqual([]);
      });
    }
  }
});
