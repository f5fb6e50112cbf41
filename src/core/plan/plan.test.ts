import { describe, expect, it } from 'vitest';
import { applyPlanChange, cleanMonth, cleanText, effectivePlan, MAX_NOTE, MAX_OWNER, MAX_PLAN_ENTRIES, newEntry, type Plan } from './plan';
import { parsePlan } from './parsePlan';
import { carryOver, followUp, unfinished } from './followUp';

const base: Plan = [newEntry('eq_inventory'), newEntry('sk_training')];

describe('plan changes', () => {
  it('starts from the priority actions until the user changes anything', () => {
    expect(effectivePlan(null, ['a1', 'b2']).map((e) => [e.id, e.status, e.owner])).toEqual([
      ['a1', 'todo', ''],
      ['b2', 'todo', ''],
    ]);
    expect(effectivePlan([], ['a1'])).toEqual([]);
  });

  it('adds an entry once, removes it, updates only the one named', () => {
    const added = applyPlanChange(base, { kind: 'add', id: 'pw_pix' });
    expect(added.map((e) => e.id)).toEqual(['eq_inventory', 'sk_training', 'pw_pix']);
    expect(applyPlanChange(added, { kind: 'add', id: 'pw_pix' })).toBe(added);
    expect(applyPlanChange(added, { kind: 'remove', id: 'sk_training' }).map((e) => e.id)).toEqual(['eq_inventory', 'pw_pix']);
    const updated = applyPlanChange(base, { kind: 'update', id: 'sk_training', patch: { owner: ' Awa, CIP ', target: '2027-03', status: 'doing', note: 'Devis OPCO' } });
    expect(updated[1]).toEqual({ id: 'sk_training', owner: 'Awa, CIP', target: '2027-03', status: 'doing', note: 'Devis OPCO' });
    expect(updated[0]).toBe(base[0]);
  });

  it('refuses a bad id, an unknown status and more entries than the limit', () => {
    expect(applyPlanChange(base, { kind: 'add', id: '<img src=x>' })).toBe(base);
    const odd = applyPlanChange(base, { kind: 'update', id: 'eq_inventory', patch: { status: 'finished' as never } });
    expect(odd[0]?.status).toBe('todo');
    let full: Plan = [];
    for (let i = 0; i < MAX_PLAN_ENTRIES + 5; i += 1) full = applyPlanChange(full, { kind: 'add', id: `r${i}` });
    expect(full).toHaveLength(MAX_PLAN_ENTRIES);
  });
});

describe('plain text', () => {
  it('keeps markup as literal text but removes control and bidi characters', () => {
    expect(cleanText('<b>Léa</b>\u202e\n\tDG', MAX_OWNER)).toBe('<b>Léa</b> DG');
    expect(cleanText(42, MAX_OWNER)).toBe('');
  });

  it('cuts at a code-point limit, never inside an emoji', () => {
    expect(Array.from(cleanText('😀'.repeat(100), MAX_OWNER))).toHaveLength(MAX_OWNER);
    expect(cleanText('😀'.repeat(100), MAX_OWNER)).not.toMatch(/[\ud800-\udbff]$/);
    expect(Array.from(cleanText('x'.repeat(10_000), MAX_NOTE))).toHaveLength(MAX_NOTE);
  });

  it.each([
    ['2027-03', '2027-03'],
    [' 2030-12 ', '2030-12'],
    ['2027-13', ''],
    ['2019-05', ''],
    ['03/2027', ''],
    [202703, ''],
  ])('reads the target month %s as %s', (input, expected) => {
    expect(cleanMonth(input)).toBe(expected);
  });
});

describe('parsePlan', () => {
  it('tells no plan from an empty one', () => {
    expect(parsePlan(undefined)).toEqual({ plan: null, dropped: 0 });
    expect(parsePlan([])).toEqual({ plan: [], dropped: 0 });
  });

  it('rebuilds each entry from cleaned fields and drops what is not an entry', () => {
    const raw = JSON.parse(
      '[{"id":"a1","owner":"Marc\\u0000","target":"2027-02","status":"done","note":"ok","extra":1},' +
        '{"id":"a1","owner":"twice"},{"id":"__proto__"},{"owner":"no id"},"text",{"id":"b2","status":"weird","target":"soon"}]',
    );
    const { plan, dropped } = parsePlan(raw);
    expect(plan).toEqual([
      { id: 'a1', owner: 'Marc', target: '2027-02', status: 'done', note: 'ok' },
      { id: 'b2', owner: '', target: '', status: 'todo', note: '' },
    ]);
    expect(dropped).toBe(4);
    expect(({} as Record<string, unknown>)['owner']).toBeUndefined();
  });

  it('reads no plan from a non-array and caps the number of entries', () => {
    expect(parsePlan({ id: 'a1' })).toEqual({ plan: null, dropped: 1 });
    const many = Array.from({ length: 100 }, (_, i) => ({ id: `r${i}` }));
    expect(parsePlan(many).plan).toHaveLength(MAX_PLAN_ENTRIES);
  });
});

describe('follow-up of an earlier plan', () => {
  const earlier: Plan = [
    { id: 'a1', owner: 'Léa', target: '2026-03', status: 'doing', note: 'devis' },
    { id: 'b2', owner: 'Marc', target: '2026-06', status: 'todo', note: '' },
    { id: 'c3', owner: '', target: '', status: 'todo', note: '' },
    { id: 'd4', owner: '', target: '', status: 'done', note: '' },
  ];
  const current: Plan = [{ ...newEntry('a1'), status: 'done' }, { ...newEntry('b2'), status: 'doing' }];

  it('judges on the current plan when the action is still there, else on the earlier file', () => {
    const items = followUp(earlier, current, new Set(['b2', 'c3']));
    expect(items.map((i) => [i.id, i.outcome, i.inPlan, i.stillRecommended])).toEqual([
      ['a1', 'done', true, false],
      ['b2', 'inProgress', true, true],
      ['c3', 'notStarted', false, true],
      ['d4', 'done', false, false],
    ]);
  });

  it('judges on the earlier file while today\'s plan is untouched (its entries are all "à faire")', () => {
    const untouched = [newEntry('a1'), newEntry('b2')];
    expect(followUp(earlier, untouched, new Set(), false).map((i) => i.outcome)).toEqual(['inProgress', 'notStarted', 'notStarted', 'done']);
  });

  it('carries over only the unfinished actions not yet in the plan, as they were planned', () => {
    const items = followUp(earlier, current, new Set());
    expect(unfinished(items).map((e) => e.id)).toEqual(['c3']);
    expect(carryOver(current, items).map((e) => e.id)).toEqual(['a1', 'b2', 'c3']);
    const withB2Missing = followUp(earlier, [current[0]!], new Set());
    expect(carryOver([current[0]!], withB2Missing)[1]).toEqual(earlier[1]);
    expect(carryOver(earlier, followUp(earlier, earlier, new Set()))).toBe(earlier);
  });
});
