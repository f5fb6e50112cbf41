import { describe, expect, it } from 'vitest';
import { migrate } from './migrate';

// A made-up history: version 0 stored answers under "responses", version 1 added a name.
const migrations = {
  0: ({ responses, ...rest }: Record<string, unknown>) => ({ ...rest, answers: responses, v: 1 }),
  1: (doc: Record<string, unknown>) => ({ ...doc, name: '', v: 2 }),
};

describe('migrate', () => {
  it('walks an old document up one version at a time', () => {
    expect(migrate({ responses: { q1: 'c' }, v: 0 }, 0, 2, migrations)).toEqual({ answers: { q1: 'c' }, name: '', v: 2 });
    expect(migrate({ answers: {}, v: 1 }, 1, 2, migrations)).toEqual({ answers: {}, name: '', v: 2 });
  });

  it('leaves the current version as it is', () => {
    const doc = { answers: {}, v: 2 };
    expect(migrate(doc, 2, 2, migrations)).toBe(doc);
  });

  it.each([[3], [1.5], ['1'], [-1], [undefined], [1e308]])('gives null for version %s', (version) => {
    expect(migrate({}, version, 2, migrations)).toBeNull();
  });

  it('gives null when a migration is missing', () => {
    expect(migrate({}, 0, 2, { 1: migrations[1] })).toBeNull();
  });
});
