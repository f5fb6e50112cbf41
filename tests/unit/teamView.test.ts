/**
 * The team view for the persona team (tests/personas/teamAci.ts), and a
 * team of one behaving exactly like that person's own diagnostic.
 */
import { describe, expect, it } from 'vitest';
import { buildResult } from '../../src/core/buildResult';
import { buildTeamView, type Respondent } from '../../src/core/team';
import { benchmark } from '../../src/data/benchmark';
import { questionnaire } from '../../src/data/questionnaire';
import { recommendations } from '../../src/data/recommendations';
import { resources } from '../../src/data/resources';
import { personas } from '../personas';
import { cip, director, supervisor, teamAci, teamProfile } from '../personas/teamAci';

const content = { questionnaire, benchmark, recommendations: { recommendations, resources } };
const view = buildTeamView(content, { profile: teamProfile }, teamAci);
const dimension = (id: string) => {
  const d = view.dimensions.find((x) => x.id === id);
  if (!d) throw new Error(`no dimension ${id}`);
  return d;
};
const allRecos = () => [...view.result.recommendations.top, ...view.result.recommendations.next, ...view.result.recommendations.others];

describe('team view: a director who rates everything high, a CIP and an encadrant who rate the pathway low', () => {
  it('shows the gap on the people-on-a-pathway dimension, respondent by respondent and by role', () => {
    const pathway = dimension('pathway');
    expect(pathway.scores.map((s) => [s.key, s.score])).toEqual([['director', 100], ['cip', 0], ['supervisor', 0]]);
    expect([pathway.median, pathway.min, pathway.max]).toEqual([0, 0, 100]);
    expect(pathway.byRole).toEqual([
      { role: 'director', count: 1, median: 100 },
      { role: 'cip', count: 1, median: 0 },
      { role: 'supervisor', count: 1, median: 0 },
    ]);
    // Elsewhere the director is still the highest, but the gap is narrower.
    for (const d of view.dimensions.filter((x) => x.id !== 'pathway')) {
      expect(d.max - d.min, d.id).toBeLessThan(100);
      expect(d.scores[0]?.score, d.id).toBe(d.max);
    }
  });
  it('puts pathway questions first among those to discuss as a team', () => {
    // Elsewhere they differ by a step or two; on the pathway, from best to lowest.
    expect(view.divergent.map((d) => [d.dimension, d.spread])).toEqual(Array.from({ length: 5 }, () => ['pathway', 100]));
    for (const d of view.divergent) expect(d.answers.map((a) => a.key)).toEqual(['director', 'cip', 'supervisor']);
  });
  it('lists the "je ne sais pas" of one that another could answer, and whom', () => {
    expect(view.answerable).toEqual([
      { question: 'eq_connection', dimension: 'equipment', dontKnow: ['cip'], known: ['director', 'supervisor'] },
      { question: 'eq_upkeep', dimension: 'equipment', dontKnow: ['cip', 'supervisor'], known: ['director'] },
      { question: 'strat_plan', dimension: 'strategy', dontKnow: ['cip'], known: ['director', 'supervisor'] },
    ]);
    // Nobody is left not knowing: the team's answer is the one given.
    expect(view.answers['eq_upkeep']).toBe(director.answers['eq_upkeep']);
  });
  it('scores the team from its median answers: the pathway stays low, and its recommendations are among the priorities', () => {
    const team = view.result.dimensions.find((d) => d.id === 'pathway');
    expect(team?.score).toBe(0);
    // Two of three rate equipment at the middle: the team's answer is the middle one.
    expect(view.answers['eq_staff_computers']).toBe(cip.answers['eq_staff_computers']);
    const priorities = [...view.result.recommendations.top, ...view.result.recommendations.next];
    expect(priorities.some((r) => r.dimension === 'pathway')).toBe(true);
    expect(allRecos().length).toBeGreaterThan(0);
    console.info(`team view figures: ${view.dimensions.map((d) => `${d.id} ${d.scores.map((s) => s.score).join('/')} median ${d.median} range ${d.min}–${d.max}`).join('; ')}; team ${view.result.dimensions.map((d) => d.score).join('/')} overall ${view.result.score}; top ${view.result.recommendations.top.map((r) => r.id).join(', ')}`);
  });
});

describe('a team of one', () => {
  it.each(personas.map((p) => [p.name, p] as const))('%s: the team result is that diagnostic', (_name, persona) => {
    const one: Respondent = { key: 'only', role: 'director', answers: persona.answers };
    const single = buildTeamView(content, { profile: persona.profile }, [one]);
    expect(single.result).toEqual(buildResult(questionnaire, persona.answers, persona.profile, benchmark, { recommendations, resources }));
    expect(single.divergent).toEqual([]);
    expect(single.answerable).toEqual([]);
    for (const d of single.dimensions) expect([d.min, d.median, d.max]).toEqual([d.scores[0]?.score, d.scores[0]?.score, d.scores[0]?.score]);
  });
  it('no respondent at all: an empty diagnostic, not an error', () => {
    const none = buildTeamView(content, { profile: teamProfile }, []);
    expect(none.result).toEqual(buildResult(questionnaire, {}, teamProfile, benchmark, { recommendations, resources }));
    expect(none.dimensions.every((d) => d.scores.length === 0 && d.median === 0)).toBe(true);
  });
});

describe('consolidation ties', () => {
  it('with two answers, takes the lower one; a multiple option picked by exactly half is left out', () => {
    const pair = buildTeamView(content, { profile: teamProfile }, [director, supervisor]);
    expect(pair.answers['pw_access']).toBe(supervisor.answers['pw_access']);
    const two: Respondent[] = [
      { key: 'a', role: 'cip', answers: { pw_steps: ['online_procedures', 'job_search'] } },
      { key: 'b', role: 'cip', answers: { pw_steps: ['online_procedures'] } },
    ];
    expect(buildTeamView(content, { profile: teamProfile }, two).answers['pw_steps']).toEqual(['online_procedures']);
    const split: Respondent[] = [
      { key: 'a', role: 'cip', answers: { pw_steps: ['job_search'] } },
      { key: 'b', role: 'cip', answers: { pw_steps: ['online_procedures'] } },
    ];
    expect(buildTeamView(content, { profile: teamProfile }, split).answers['pw_steps']).toEqual(['none']);
  });
});
