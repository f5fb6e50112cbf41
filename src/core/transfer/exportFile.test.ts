import { describe, expect, it } from 'vitest';
import { fastestOf } from '../../../tests/fixtures/cost';
import { MAX_EXPORT_CHARS, parseExport, serializeExport, type ParseOutcome } from './exportFile';
import { fixture, fullAnswers, fullProfile } from './testFixture';

const savedAt = new Date('2025-03-14T09:30:00.000Z');
const now = new Date('2025-06-01T00:00:00.000Z');
const exported = serializeExport({ questionnaire: fixture, profile: fullProfile, answers: fullAnswers, structureName: '  Régie de quartier  ', savedAt });

/** An export document with some fields replaced, as text. */
function doc(overrides: Record<string, unknown>): string {
  return JSON.stringify({ ...(JSON.parse(exported) as object), ...overrides });
}

function parse(text: string): ParseOutcome {
  return parseExport(text, fixture, { now });
}

function ok(outcome: ParseOutcome): Extract<ParseOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.error}`);
  return outcome;
}

describe('serializeExport', () => {
  it('writes a small, pretty, versioned file', () => {
    const json = JSON.parse(exported) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['format', 'formatVersion', 'questionnaireVersion', 'exportedAt', 'structureName', 'profile', 'answers']);
    expect(json).toMatchObject({ format: 'siae-diagnostic', formatVersion: 2, questionnaireVersion: 'test-1', exportedAt: '2025-03-14T09:30:00.000Z' });
    expect(json['structureName']).toBe('Régie de quartier');
    expect(exported).toContain('\n  "answers": {');
  });

  it('leaves out an empty structure name and anything the questionnaire does not know', () => {
    const json = JSON.parse(serializeExport({ questionnaire: fixture, profile: { old: 'x' }, answers: { q1: 'a', gone: 'x' }, structureName: '   ', savedAt })) as Record<string, unknown>;
    expect('structureName' in json).toBe(false);
    expect(json['answers']).toEqual({ q1: 'a' });
    expect(json['profile']).toEqual({});
  });
});

describe('parseExport: good input', () => {
  it('round-trips every kind of answer, including hidden questions', () => {
    const { data, dropped } = ok(parse(exported));
    expect(dropped).toEqual([]);
    expect({ ...data.answers }).toEqual(fullAnswers);
    expect({ ...data.profile }).toEqual(fullProfile);
    expect(data.exportedAt.toISOString()).toBe(savedAt.toISOString());
    expect(data.questionnaireVersion).toBe('test-1');
    expect(data.structureName).toBe('Régie de quartier');
  });

  it('keeps an older questionnaire version and drops what no longer exists', () => {
    const text = doc({ questionnaireVersion: 'test-0', answers: { q1: 'b', q2: ['x', 'w'], q3: 's9', removed: 'a' }, profile: { structureType: 'ACI', region: 'idf' } });
    const { data, dropped } = ok(parse(text));
    expect(data.questionnaireVersion).toBe('test-0');
    expect({ ...data.answers }).toEqual({ q1: 'b', q2: ['x'] });
    expect({ ...data.profile }).toEqual({ structureType: 'ACI' });
    expect([...dropped].sort()).toEqual(['profile.region', 'q2', 'q3', 'removed']);
  });

  it('turns a multiple-choice "je ne sais pas" mixed with options into "je ne sais pas" alone', () => {
    const { data, dropped } = ok(parse(doc({ answers: { q2: ['x', 'dk'] } })));
    expect(data.answers['q2']).toEqual(['dk']);
    expect(dropped).toEqual(['q2']);
  });

  it('refuses a version it has no migration for (walking old versions up is tested in core/migrate.test.ts)', () => {
    const v0 = doc({ formatVersion: 0, answers: undefined, responses: { q1: 'c' } });
    expect(parse(v0)).toEqual({ ok: false, error: 'unknownVersion' });
  });
});

describe('parseExport: refused input', () => {
  it.each([
    ['empty text', '', 'notJson'],
    ['a lone brace', '{', 'notJson'],
    ['a truncated export', exported.slice(0, exported.length / 2), 'notJson'],
    ['undefined', 'undefined', 'notJson'],
    ['null', 'null', 'notOurs'],
    ['an array', '[]', 'notOurs'],
    ['a string', '"siae-diagnostic"', 'notOurs'],
    ['a huge number', '1e308', 'notOurs'],
    ["{ format: 'other' }", doc({ format: 'other' }), 'notOurs'],
    ['{ format: undefined }', doc({ format: undefined }), 'notOurs'],
    ['format only under __proto__', '{"__proto__":{"format":"siae-diagnostic","formatVersion":1}}', 'notOurs'],
    ['{ formatVersion: 3 }', doc({ formatVersion: 3 }), 'unknownVersion'],
    ['{ formatVersion: 1.5 }', doc({ formatVersion: 1.5 }), 'unknownVersion'],
    ["{ formatVersion: '1' }", doc({ formatVersion: '1' }), 'unknownVersion'],
    ['{ formatVersion: -1 }', doc({ formatVersion: -1 }), 'unknownVersion'],
    ['{ formatVersion: 1e308 }', doc({ formatVersion: 1e308 }), 'unknownVersion'],
    ['{ formatVersion: undefined }', doc({ formatVersion: undefined }), 'unknownVersion'],
    ['{ answers: [] }', doc({ answers: [] }), 'invalid'],
    ["{ answers: 'q1=a' }", doc({ answers: 'q1=a' }), 'invalid'],
    ['{ answers: undefined }', doc({ answers: undefined }), 'invalid'],
    ['{ profile: null }', doc({ profile: null }), 'invalid'],
    ['{ questionnaireVersion: 1 }', doc({ questionnaireVersion: 1 }), 'invalid'],
    ['{ structureName: 42 }', doc({ structureName: 42 }), 'invalid'],
    ['{ structureName: null }', doc({ structureName: null }), 'invalid'],
    ['{ exportedAt: 1e308 }', doc({ exportedAt: 1e308 }), 'invalid'],
    ["{ exportedAt: 'yesterday' }", doc({ exportedAt: 'yesterday' }), 'invalid'],
    ["{ exportedAt: '1' }", doc({ exportedAt: '1' }), 'invalid'],
    ["{ exportedAt: '2025-13-45T00:00:00Z' }", doc({ exportedAt: '2025-13-45T00:00:00Z' }), 'invalid'],
    ["{ exportedAt: '2999-01-01T00:00:00Z' }", doc({ exportedAt: '2999-01-01T00:00:00Z' }), 'invalid'],
  ])('%s', (_label, text, error) => {
    expect(parse(text)).toEqual({ ok: false, error });
  });

  it('refuses a 10 MB text on its length alone, before parsing it', () => {
    const huge = `{"format":"siae-diagnostic","structureName":"${'x'.repeat(10 * 1024 * 1024)}"}`;
    expect(parse(huge)).toEqual({ ok: false, error: 'tooLarge' });
    expect(parse(' '.repeat(MAX_EXPORT_CHARS + 1))).toEqual({ ok: false, error: 'tooLarge' });
    // Reference: parsing the text once, what reading it would cost at the very least.
    const onePass = fastestOf(1, () => JSON.parse(huge));
    expect(fastestOf(5, () => parse(huge))).toBeLessThan(onePass / 10);
  });
});

describe('parseExport: hostile input', () => {
  it('never lets a key reach Object.prototype, at any level', () => {
    const hostile = [
      '{"__proto__":{"polluted":1},"format":"siae-diagnostic","formatVersion":1}',
      doc({ answers: JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"q1":"a"}') }),
      doc({ profile: JSON.parse('{"__proto__":{"polluted":1},"prototype":{"polluted":1}}') }),
      doc({ answers: JSON.parse('{"q2":{"__proto__":{"polluted":1}},"q1":["__proto__"]}') }),
    ].map((t) => t.replace('"answers":{', '"answers":{"__proto__":{"polluted":1},'));
    const outcomes = hostile.map(parse);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    for (const outcome of outcomes.filter((o) => o.ok)) {
      const { data, dropped } = ok(outcome);
      expect(Object.getPrototypeOf(data.answers)).toBeNull();
      expect(Object.getPrototypeOf(data.profile)).toBeNull();
      expect(Object.keys(data.answers).every((k) => /^q\d$/.test(k))).toBe(true);
      expect(dropped).toContain('__proto__');
    }
    expect(outcomes.filter((o) => o.ok)).toHaveLength(3);
  });

  it('drops wrong types and absurd values, and keeps the rest', () => {
    const answers = { q1: 1e308, q2: [-1, ['x'], { x: 1 }, 'y'], q3: ['s1'], q4: { yes: true }, q5: [[[['p']]]], q6: 's2', toString: 'x', constructor: 'y' };
    const { data, dropped } = ok(parse(doc({ answers, profile: { structureType: ['ACI'], sectors: 'btp' } })));
    expect({ ...data.answers }).toEqual({ q2: ['y'], q6: 's2' });
    // A lone string for a multiple choice is read as a one-item list, as the core does.
    expect({ ...data.profile }).toEqual({ sectors: ['btp'] });
    expect([...dropped].sort()).toEqual(['constructor', 'profile.sectors', 'profile.structureType', 'q1', 'q2', 'q3', 'q4', 'q5', 'toString']);
  });

  it('cuts a long structure name and strips control characters', () => {
    const { data } = ok(parse(doc({ structureName: `\u0000 Atelier\nvélo ${'é'.repeat(150_000)}` })));
    expect(data.structureName).toBe(`Atelier vélo ${'é'.repeat(120 - 13)}`);
    expect(ok(parse(doc({ structureName: ' \t ' }))).data.structureName).toBeUndefined();
  });

  it('survives deeply nested arrays and many keys, in time linear in their number', () => {
    const nestedOf = (depth: number) => doc({ answers: {} }).replace('"answers":{}', `"answers":{"q1":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    const manyKeysOf = (count: number) => doc({ answers: Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, 'a'])) });
    const nested = nestedOf(90_000);
    const manyKeys = manyKeysOf(15_000);
    const deep = parse(nested);
    const wide = parse(manyKeys);
    // Ten times the input: linear work costs ~10 times more, quadratic ~100 times; 30 leaves room for noise.
    const [smallNested, smallKeys] = [nestedOf(9_000), manyKeysOf(1_500)];
    const small = fastestOf(3, () => (parse(smallNested), parse(smallKeys)));
    const large = fastestOf(3, () => (parse(nested), parse(manyKeys)));
    expect(large).toBeLessThan(small * 30);
    // Either refused or parsed with q1 dropped, depending on the engine's JSON limits; never a throw.
    if (deep.ok) expect(deep.dropped).toEqual(['q1']);
    else expect(deep.error).toBe('notJson');
    expect(ok(wide).dropped).toHaveLength(15_000);
  });
});
