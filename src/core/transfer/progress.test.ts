import { describe, expect, it } from 'vitest';
import type { Benchmark } from '../benchmark';
import { buildResult } from '../buildResult';
import type { Answers, Profile } from '../questionnaire';
import { compareResults } from './progress';
import { fixture } from './testFixture';

const benchmark: Benchmark = { version: 'b', indicators: [], findings: [], dimensionAverages: [] };
const result = (profile: Profile, answers: Answers) => buildResult(fixture, answers, profile, benchmark, { recommendations: [], resources: [] });

describe('compareResults', () => {
  const earlier = result({ structureType: 'EI' }, { q1: 'a', q2: ['none'], q3: 's1', q5: ['p'] });
  const current = result({ structureType: 'EI' }, { q1: 'c', q2: ['x', 'y'], q3: 's4', q4: 'yes', q5: ['p'] });

  it('gives the change per dimension and overall, in points', () => {
    // tools: 1/9 → 8/9 of the points; skills: q4 is ruled out while q1 is a (counted at 0 of its 2), 1/4 → 3/4.
    expect(earlier.dimensions.map((d) => d.score)).toEqual([11, 25]);
    expect(current.dimensions.map((d) => d.score)).toEqual([89, 75]);
    expect(compareResults(current, earlier)).toEqual({
      overall: current.score - earlier.score,
      dimensions: [
        { id: 'tools', before: 11, after: 89, delta: 78 },
        { id: 'skills', before: 25, after: 75, delta: 50 },
      ],
    });
    expect(compareResults(earlier, current).overall).toBe(earlier.score - current.score);
    expect(compareResults(current, current).dimensions.every((d) => d.delta === 0)).toBe(true);
  });

  it('leaves out a dimension missing on either side', () => {
    const withoutSkills = { ...earlier, dimensions: earlier.dimensions.filter((d) => d.id !== 'skills') };
    expect(compareResults(current, withoutSkills).dimensions.map((d) => d.id)).toEqual(['tools']);
    const withoutTools = { ...current, dimensions: current.dimensions.filter((d) => d.id !== 'tools') };
    expect(compareResults(withoutTools, earlier).dimensions.map((d) => d.id)).toEqual(['skills']);
  });
});
