import { describe, expect, it } from 'vitest';
import type { Benchmark, Source } from '../core/benchmark';
import type { Questionnaire } from '../core/questionnaire';
import frQuestionnaire from '../../locales/fr/questionnaire.json';
import frRecommendations from '../../locales/fr/recommendations.json';
import frStudy from '../../locales/fr/study.json';
import { benchmark } from './benchmark';
import { questionnaire } from './questionnaire';
import { recommendations } from './recommendations';
import { resources } from './resources';
import { validateContent, type ContentWithWording as Content } from './validate';

describe('the real French content', () => {
  it('has no problem', () => {
    const wording = { questionnaire: frQuestionnaire, recommendations: frRecommendations, study: frStudy };
    expect(validateContent({ questionnaire, benchmark, recommendations, resources, wording })).toEqual([]);
  });
});

const source: Source = { publisher: 'P', title: 'T', date: '2021', reviewedAt: '2026-01-01' };

/** A tiny content that is valid; each test below breaks one thing in it. */
function fixture(): Content {
  const q: Questionnaire = {
    version: 't',
    dimensions: [{ id: 'a' }, { id: 'b' }],
    questions: [
      { id: 'a_q1', dimension: 'a', kind: 'single', dontKnow: true, options: [{ id: 'yes', points: 2 }, { id: 'no', points: 0 }] },
      {
        id: 'a_q2',
        dimension: 'a',
        kind: 'multiple',
        askedIf: { question: 'a_q1', anyOf: ['yes'] },
        options: [{ id: 'x', points: 1 }, { id: 'y', points: 1 }, { id: 'none', points: 0, exclusive: true }],
      },
      { id: 'b_q1', dimension: 'b', kind: 'scale', help: true, options: [{ id: 'o0', points: 0 }, { id: 'o1', points: 1 }] },
    ],
    profile: [{ id: 'structureType', kind: 'single', options: [{ id: 'aci' }, { id: 'etti' }] }],
  };
  const b: Benchmark = {
    version: 't',
    indicators: [{ id: 'i1', dimension: 'a', value: 50, matches: { question: 'a_q1', anyOf: ['yes'] }, known: { answered: 'a_q1' }, source }],
    findings: [{ id: 'f1', dimension: 'b', source }],
    dimensionAverages: [],
  };
  const options = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, id]));
  const level = { name: 'n', meaning: 'm' };
  return {
    questionnaire: q,
    benchmark: b,
    recommendations: [{ id: 'r1', dimension: 'a', when: { question: 'a_q1', anyOf: ['no', 'dk'] }, rank: 1, priority: 1, effort: 'quick', resources: ['res1'], steps: 2 }],
    resources: [{ id: 'res1', name: 'Res', url: 'https://example.org' }],
    wording: {
      questionnaire: {
        dimensions: { a: { title: 'A', intro: 'A.' }, b: { title: 'B', intro: 'B.' } },
        questions: {
          a_q1: { label: 'Q1', options: options('yes', 'no') },
          a_q2: { label: 'Q2', options: options('x', 'y', 'none') },
          b_q1: { label: 'Q3', help: 'H', options: options('o0', 'o1') },
        },
        profile: { structureType: { label: 'T', options: options('aci', 'etti') } },
        levels: { 1: level, 2: level, 3: level, 4: level },
      },
      recommendations: { r1: { title: 'R', why: 'W', steps: ['s1', 's2'] } },
      study: {
        study: { title: 'T', method: 'M', noFigure: 'N' },
        indicators: { i1: { statement: '{{value}} x', in: 'in', out: 'out', unknown: 'u' } },
        findings: { f1: 'F' },
      },
      ui: { anything: 'not checked' },
    },
  };
}

/**
 * A plain JSON copy of the fixture, untyped on purpose: the tests break it
 * in ways the types would forbid, as a hand-edited partner file could.
 */
type Draft = any;

function broken(mutate: (parts: { q: Draft; b: Draft; c: Draft; w: Draft }) => void): string[] {
  const c: Draft = JSON.parse(JSON.stringify(fixture()));
  mutate({ q: c.questionnaire, b: c.benchmark, c, w: c.wording });
  return validateContent(c as Content);
}

describe('validateContent', () => {
  it('accepts the valid fixture, including "dk" on a question that offers it', () => {
    expect(validateContent(fixture())).toEqual([]);
  });

  it.each([
    ['dimension', ({ q }: Draft) => q.dimensions.push({ id: 'a' }), /Duplicate dimension id "a"/],
    ['question', ({ q }: Draft) => q.questions.push({ ...q.questions[0] }), /Duplicate question id "a_q1"/],
    ['option', ({ q }: Draft) => q.questions[0].options.push({ id: 'no', points: 0 }), /Duplicate option \(in "a_q1"\) id "no"/],
    ['profile question', ({ q }: Draft) => q.profile.push({ ...q.profile[0] }), /Duplicate profile question id/],
    ['profile option', ({ q }: Draft) => q.profile[0].options.push({ id: 'aci' }), /Duplicate option \(in profile "structureType"\)/],
    ['recommendation', ({ c }: Draft) => c.recommendations.push({ ...c.recommendations[0] }), /Duplicate recommendation id "r1"/],
    ['resource', ({ c }: Draft) => c.resources.push({ ...c.resources[0] }), /Duplicate resource id "res1"/],
    ['indicator', ({ b }: Draft) => b.indicators.push({ ...b.indicators[0] }), /Duplicate indicator id "i1"/],
    ['finding', ({ b }: Draft) => b.findings.push({ ...b.findings[0] }), /Duplicate finding id "f1"/],
  ])('catches a duplicate %s id', (_what, mutate, expected) => {
    expect(broken(mutate).join('\n')).toMatch(expected);
  });

  it.each([
    ['a question in an unknown dimension', ({ q }: Draft) => (q.questions[2].dimension = 'zz'), /Question "b_q1": unknown dimension "zz"/],
    ['an askedIf on an unknown question', ({ q }: Draft) => (q.questions[1].askedIf = { answered: 'nope' }), /askedIf: unknown question "nope"/],
    ['an askedIf on an unknown option', ({ q }: Draft) => (q.questions[1].askedIf = { question: 'a_q1', anyOf: ['maybe'] }), /unknown option "maybe" of question "a_q1"/],
    ['an askedIf on a later question', ({ q }: Draft) => (q.questions[1].askedIf = { answered: 'b_q1' }), /"b_q1", which is not asked before it/],
    ['an askedIf on itself', ({ q }: Draft) => (q.questions[1].askedIf = { answered: 'a_q2' }), /"a_q2", which is not asked before it/],
    ['an askedIf on a level', ({ q }: Draft) => (q.questions[1].askedIf = { dimension: 'a', levelAtMost: 2 }), /level of "a", which is not known there/],
    ['a profile condition in askedIf', ({ q }: Draft) => (q.questions[1].askedIf = { profile: 'structureType', anyOf: ['aci'] }), /askedIf: a profile condition belongs in applicableIf/],
    ['an answer condition in applicableIf', ({ q }: Draft) => (q.questions[1].applicableIf = { question: 'a_q1', anyOf: ['yes'] }), /applicableIf: an answer condition belongs in askedIf/],
    ['a recommendation without rank', ({ c }: Draft) => (c.recommendations[0].rank = 7), /rank 7, expected 1 to 3/],
    ['"dk" on a question without "je ne sais pas"', ({ c }: Draft) => (c.recommendations[0].when = { question: 'a_q2', anyOf: ['dk'] }), /unknown option "dk" of question "a_q2"/],
    ['an unknown profile option', ({ c }: Draft) => (c.recommendations[0].when = { profile: 'structureType', anyOf: ['ei'] }), /unknown option "ei" of profile question/],
    ['an unknown profile question', ({ c }: Draft) => (c.recommendations[0].when = { profile: 'size', anyOf: ['x'] }), /unknown profile question "size"/],
    ['a level of an unknown dimension', ({ c }: Draft) => (c.recommendations[0].when = { all: [{ dimension: 'zz', levelAtMost: 1 }] }), /when: unknown dimension "zz"/],
    ['a recommendation in an unknown dimension', ({ c }: Draft) => (c.recommendations[0].dimension = 'zz'), /Recommendation "r1": unknown dimension/],
    ['points above the maximum', ({ q }: Draft) => (q.questions[0].options[0].points = 5), /option "yes" has points 5/],
    ['negative points', ({ q }: Draft) => (q.questions[0].options[1].points = -1), /option "no" has points -1/],
    ['a question worth nothing', ({ q }: Draft) => (q.questions[0].options[0].points = 0), /Question "a_q1": maximum points 0/],
    ['a multiple worth too much', ({ q }: Draft) => q.questions[1].options.push({ id: 'z', points: 3 }), /Question "a_q2": maximum points 5/],
    ['a scale out of order', ({ q }: Draft) => q.questions[2].options.reverse(), /increasing order of points/],
    ['an exclusive option on a single choice', ({ q }: Draft) => (q.questions[0].options[1].exclusive = true), /exclusive but the question is not multiple/],
    ['"dk" used as an option id', ({ q }: Draft) => (q.questions[2].options[0].id = 'dk'), /"dk" is reserved/],
    ['an unknown resource', ({ c }: Draft) => (c.recommendations[0].resources = ['res1', 'gone']), /unknown resource "gone"/],
    ['a funding source with an unknown resource', ({ c }: Draft) => (c.funding = [{ id: 'opco', resource: 'gone', recommendations: ['r1'] }]), /Funding "opco": unknown resource "gone"/],
    ['a funding source for an unknown recommendation', ({ c }: Draft) => (c.funding = [{ id: 'opco', resource: 'res1', recommendations: ['r9'] }]), /Funding "opco": unknown recommendation "r9"/],
    ['too many steps', ({ c }: Draft) => (c.recommendations[0].steps = 6), /6 steps, expected 2 to 4/],
    ['a resource over http', ({ c }: Draft) => (c.resources[0].url = 'http://example.org'), /is not https/],
    ['a resource deep link', ({ c }: Draft) => (c.resources[0].url = 'https://example.org/some/page'), /is not a home page/],
    ['a figure without reviewedAt', ({ b }: Draft) => delete b.indicators[0].source.reviewedAt, /Indicator "i1": source has no valid reviewedAt/],
    ['a finding without publisher', ({ b }: Draft) => (b.findings[0].source.publisher = ''), /Finding "f1": source has no publisher/],
    ['an indicator above 100', ({ b }: Draft) => (b.indicators[0].value = 120), /value 120 outside 0..100/],
    ['an indicator on an unknown option', ({ b }: Draft) => (b.indicators[0].matches = { question: 'a_q1', anyOf: ['si'] }), /Indicator "i1" matches: unknown option "si"/],
    ['an average for an unknown structure type', ({ b }: Draft) => b.dimensionAverages.push({ dimension: 'a', value: 40, structureType: 'xx', source }), /unknown option "xx" of profile question "structureType"/],
    ['an average without source date', ({ b }: Draft) => b.dimensionAverages.push({ dimension: 'b', value: 40, source: { ...source, reviewedAt: 'soon' } }), /Average of "b": source has no valid reviewedAt/],
  ])('catches %s', (_what, mutate, expected) => {
    expect(broken(mutate).join('\n')).toMatch(expected);
  });

  it.each([
    ['a missing namespace', ({ w }: Draft) => delete w.study, /namespace "study" is missing/],
    ['a missing label', ({ w }: Draft) => delete w.questionnaire.questions.a_q2.label, /questionnaire:questions.a_q2.label is missing/],
    ['a missing help', ({ w }: Draft) => delete w.questionnaire.questions.b_q1.help, /questions.b_q1.help is missing/],
    ['a missing level', ({ w }: Draft) => delete w.questionnaire.levels[4], /levels.4.name is missing/],
    ['a missing finding', ({ w }: Draft) => delete w.study.findings.f1, /study:findings.f1 is missing/],
    ['an empty text', ({ w }: Draft) => (w.questionnaire.dimensions.a.intro = '  '), /dimensions.a.intro must be a non-empty text/],
    ['a text that is not a string', ({ w }: Draft) => (w.recommendations.r1.why = 3), /r1.why must be a non-empty text/],
    ['too few steps', ({ w }: Draft) => w.recommendations.r1.steps.pop(), /r1.steps has 1 items, expected 2/],
    ['steps that are not a list', ({ w }: Draft) => (w.recommendations.r1.steps = 'one, two'), /r1.steps must be a list/],
    ['an empty step', ({ w }: Draft) => (w.recommendations.r1.steps[1] = ''), /r1.steps must be a list of non-empty texts/],
    ['a lost placeholder', ({ w }: Draft) => (w.study.indicators.i1.statement = '50 %'), /indicators.i1.statement lacks the placeholder \{\{value\}\}/],
    ['a wording for "dk"', ({ w }: Draft) => (w.questionnaire.questions.a_q1.options.dk = 'Je ne sais pas'), /questions.a_q1.options.dk is not used by the content \(dangling\)/],
    ['a help the question does not have', ({ w }: Draft) => (w.questionnaire.questions.a_q1.help = 'H'), /questions.a_q1.help is not used/],
    ['a removed recommendation', ({ w }: Draft) => (w.recommendations.old = { title: 'x' }), /recommendations:old.title is not used/],
  ])('catches %s in the wording', (_what, mutate, expected) => {
    expect(broken(mutate).join('\n')).toMatch(expected);
  });
});
