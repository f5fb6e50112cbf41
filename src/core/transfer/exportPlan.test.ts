import { describe, expect, it } from 'vitest';
import { parseExport, serializeExport, type ParseOutcome } from './exportFile';
import { fixture, fullAnswers, fullProfile } from './testFixture';

const savedAt = new Date('2025-03-14T09:30:00.000Z');
const now = new Date('2025-06-01T00:00:00.000Z');
const plan = [
  { id: 'eq_inventory', owner: 'Léa, directrice', target: '2025-06', status: 'doing' as const, note: 'Devis Solidatech' },
  { id: 'sk_training', owner: '', target: '', status: 'todo' as const, note: '' },
];

function ok(outcome: ParseOutcome): Extract<ParseOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.error}`);
  return outcome;
}
const base = { questionnaire: fixture, profile: fullProfile, answers: fullAnswers, savedAt };

describe('export file version 2: the action plan', () => {
  it('round-trips a plan', () => {
    const { data, dropped } = ok(parseExport(serializeExport({ ...base, plan }), fixture, { now }));
    expect(data.plan).toEqual(plan);
    expect(dropped).toEqual([]);
  });

  it('writes no plan key when there is none, and reads it back as none', () => {
    const text = serializeExport({ ...base, plan: null });
    expect('plan' in (JSON.parse(text) as object)).toBe(false);
    expect(ok(parseExport(text, fixture, { now })).data.plan).toBeNull();
  });

  it('still imports a version 1 file (answers kept, no plan)', () => {
    const v1 = JSON.stringify({ format: 'siae-diagnostic', formatVersion: 1, questionnaireVersion: 'test-1', exportedAt: savedAt.toISOString(), profile: fullProfile, answers: fullAnswers });
    const { data, dropped } = ok(parseExport(v1, fixture, { now }));
    expect({ ...data.answers }).toEqual(fullAnswers);
    expect(data.plan).toBeNull();
    expect(dropped).toEqual([]);
  });

  it('keeps the valid entries of a tampered plan as plain text, keeps the answers, and says something was dropped', () => {
    const doc = JSON.parse(serializeExport({ ...base, plan })) as Record<string, unknown>;
    doc['plan'] = [{ id: 'eq_inventory', owner: '<img src=x onerror=alert(1)>', status: 'done', note: 'a'.repeat(5000) }, { id: 'constructor()' }, null];
    const { data, dropped } = ok(parseExport(JSON.stringify(doc), fixture, { now }));
    expect(data.plan).toHaveLength(1);
    expect(data.plan?.[0]?.owner).toBe('<img src=x onerror=alert(1)>'.slice(0, 40));
    expect(data.plan?.[0]?.note).toHaveLength(200);
    expect(dropped).toEqual(['plan']);
    expect({ ...data.answers }).toEqual(fullAnswers);
  });
});
