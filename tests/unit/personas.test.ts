/**
 * The personas' results, as a reader of the questions would expect them.
 * Exact numbers were checked by hand against the points in src/data/questions;
 * the "reads right" assertions hold the meaning if points are ever retuned.
 */
import { describe, expect, it } from 'vitest';
import { buildResult } from '../../src/core/buildResult';
import type { Profile } from '../../src/core/questionnaire';
import type { Position } from '../../src/core/result';
import { benchmark } from '../../src/data/benchmark';
import { questionnaire } from '../../src/data/questionnaire';
import { recommendations } from '../../src/data/recommendations';
import { resources } from '../../src/data/resources';
import { allDontKnow, beginnerAci, empty, equippedEi, ettiToolsNotPeople, personas, type Persona } from '../personas';

const run = (answers: Readonly<Record<string, unknown>>, profile: Profile = {}) =>
  buildResult(questionnaire, answers, profile, benchmark, { recommendations, resources });
const runPersona = (p: Persona) => run(p.answers, p.profile);

interface Expected {
  readonly score: number;
  readonly level: number;
  /** equipment, software, processes, skills, pathway, remote, strategy */
  readonly dimensions: readonly number[];
  /** equipmentSufficient, softwareUses, processesDigitised */
  readonly indicators: readonly Position[];
  readonly top: readonly string[];
  readonly absent: readonly string[];
}

const expected: Record<string, Expected> = {
  beginnerAci: {
    score: 16,
    level: 1,
    dimensions: [19, 20, 18, 27, 0, 25, 0],
    indicators: ['out', 'out', 'in'],
    top: ['assessOnEntry', 'nameDigitalLead', 'trainInWorkTime', 'digitalPlan', 'securityBasics'],
    // Mission-type advice is for ETTI/AI; no software means no advice on software details.
    absent: ['pathwayMobileAccess', 'trainBetweenMissions', 'missionDocsOnline', 'sharedWorkspace', 'reviewToolsWithUsers', 'groupMessagingRules', 'equipmentInventory', 'teamSkillsCheck', 'sharePractice', 'closeTeamGaps'],
  },
  equippedEi: {
    score: 84,
    level: 4,
    dimensions: [88, 87, 88, 87, 75, 83, 83],
    indicators: ['in', 'in', 'in'],
    top: ['trainInWorkTime', 'sharePractice'],
    absent: ['equipEveryStaff', 'firstSoftware', 'securityBasics', 'personalDataBasics', 'digitalPlan', 'nameDigitalLead', 'trainEveryTeam', 'ambassadorsNetwork', 'trainBetweenMissions', 'pathwayDeviceCorner'],
  },
  ettiToolsNotPeople: {
    score: 59,
    level: 3,
    dimensions: [63, 93, 82, 42, 19, 73, 42],
    indicators: ['in', 'in', 'in'],
    top: ['assessOnEntry', 'trainBetweenMissions', 'closeTeamGaps', 'cipDigitalConfidence', 'trainEveryTeam'],
    // Workshop advice is not for an ETTI, and its tools need no basics.
    absent: ['trainInWorkTime', 'pathwayDeviceCorner', 'supervisorsAtWorkstation', 'firstSoftware', 'equipEveryStaff', 'sharedWorkspace', 'securityBasics', 'missionDocsOnline', 'sharePractice'],
  },
  allDontKnow: {
    score: 0,
    level: 1,
    dimensions: [0, 0, 0, 0, 0, 0, 0],
    indicators: ['unknown', 'unknown', 'unknown'],
    top: ['proEmailForAll', 'securityBasics', 'nameDigitalLead', 'equipEveryStaff', 'pathwayMobileAccess'],
    // "Je ne sais pas" is not "no": it triggers checks, not the advice for "no".
    absent: ['firstSoftware', 'digitiseOneProcess', 'sharedWorkspace', 'trainInWorkTime', 'trainBetweenMissions', 'missionDocsOnline', 'digitalPlan', 'supervisorsAtWorkstation', 'sharePractice'],
  },
  empty: {
    score: 0,
    level: 1,
    dimensions: [0, 0, 0, 0, 0, 0, 0],
    indicators: ['unknown', 'unknown', 'unknown'],
    top: [],
    absent: recommendations.map((r) => r.id),
  },
};

describe.each(personas.map((p) => [p.name, p] as const))('persona %s', (name, persona) => {
  const want = expected[name] as Expected;
  const result = runPersona(persona);
  const all = [...result.recommendations.top, ...result.recommendations.others].map((r) => r.id);

  it('has the expected overall score and level', () => {
    expect([result.score, result.level]).toEqual([want.score, want.level]);
  });
  it('has the expected score in each dimension', () => {
    expect(result.dimensions.map((d) => d.id)).toEqual(['equipment', 'software', 'processes', 'skills', 'pathway', 'remote', 'strategy']);
    expect(result.dimensions.map((d) => d.score)).toEqual(want.dimensions);
  });
  it('stands where expected against the study', () => {
    expect(result.indicators.map((i) => i.id)).toEqual(['equipmentSufficient', 'softwareUses', 'processesDigitised']);
    expect(result.indicators.map((i) => i.position)).toEqual(want.indicators);
  });
  it('gets the expected top recommendations, and not the ones that do not fit', () => {
    expect(result.recommendations.top.map((r) => r.id)).toEqual(want.top);
    expect(all.filter((id) => want.absent.includes(id))).toEqual([]);
  });
  it('answers only questions that are shown to it', () => {
    expect(result.completion.answered).toBe(Object.keys(persona.answers).length);
  });
});

describe('the personas read right', () => {
  const score = (p: Persona, dim: string) => runPersona(p).dimensions.find((d) => d.id === dim)?.score ?? NaN;

  it('a beginner ACI is at its first steps, with nothing yet for people on a pathway', () => {
    expect(runPersona(beginnerAci).score).toBeLessThanOrEqual(35);
    expect(score(beginnerAci, 'pathway')).toBe(0);
  });
  it('a well-equipped EI is advanced, its work with people on a pathway its least strong point', () => {
    const r = runPersona(equippedEi);
    expect(r.score).toBeGreaterThanOrEqual(70);
    expect(Math.min(...r.dimensions.map((d) => d.score))).toBe(score(equippedEi, 'pathway'));
  });
  it('an ETTI strong on tools is high on software and processes, low on people on a pathway and skills', () => {
    for (const d of ['software', 'processes']) expect(score(ettiToolsNotPeople, d)).toBeGreaterThanOrEqual(75);
    for (const d of ['pathway', 'skills']) expect(score(ettiToolsNotPeople, d)).toBeLessThanOrEqual(50);
  });
  it('"je ne sais pas" everywhere earns nothing and lists every such answer to check', () => {
    const r = runPersona(allDontKnow);
    const dk = Object.entries(allDontKnow.answers).filter(([, v]) => v === 'dk' || (Array.isArray(v) && v.includes('dk')));
    expect(r.dontKnow.map((d) => d.question)).toEqual(dk.map(([id]) => id));
    expect(r.dimensions.reduce((s, d) => s + d.dontKnow, 0)).toBe(dk.length);
  });
  it('an empty form gets no advice and no position against the study', () => {
    const r = runPersona(empty);
    expect(r.recommendations).toEqual({ top: [], others: [] });
    expect(r.indicators.every((i) => i.share === null)).toBe(true);
  });
});
