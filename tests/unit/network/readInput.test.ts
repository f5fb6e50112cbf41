import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/data/questionnaire';
import { collect, EMPTY_COLLECTION } from '../../../src/core/network/collect';
import { readInput } from '../../../src/core/network/readInput';
import { exportOf, linkOf, NOW } from './testInputs';

const read = (text: string) => readInput(text, questionnaire, NOW);
const reason = (text: string) => {
  const r = read(text);
  return r.ok ? 'accepted' : r.reason;
};

describe('readInput: accepted', () => {
  it('scores an export file with buildResult and keeps only type, month and scores', () => {
    const r = read(exportOf(1, 'ei', '2026-03-14T09:30:00Z'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.entry.overall).toBe(84);
    expect(r.entry.structureType).toBe('ei');
    expect(r.entry.month).toBe('2026-03');
    expect(Object.keys(r.entry.dimensions)).toEqual(questionnaire.dimensions.map((d) => d.id));
    expect(JSON.stringify(r.entry)).not.toContain('Atelier du quartier');
  });

  it('reads a whole share URL, a bare fragment and a link glued to punctuation', () => {
    const url = linkOf(0, 'aci', '2026-05-02T00:00:00Z');
    for (const text of [url, url.slice(url.indexOf('#')), `${url}.`, `  ${url}\n`]) {
      const r = read(text);
      // beginnerAci's overall score on questionnaire 2026.2 (tests/unit/personas.test.ts).
      expect(r.ok && r.entry.overall, text).toBe(14);
      expect(r.ok && r.entry.month).toBe('2026-05');
    }
  });
});

describe('readInput: refused, each with its reason', () => {
  const good = exportOf(2, 'etti', '2026-04-01T10:00:00Z');
  const doc = JSON.parse(good) as Record<string, unknown>;
  const url = linkOf(0, 'aci', '2026-05-02T00:00:00Z');
  it.each([
    ['a text file', 'Bonjour, nos réponses : oui, non.', 'notOurs'],
    ['another JSON', JSON.stringify({ type: 'survey', answers: {} }), 'notOurs'],
    ['an empty text', '', 'notOurs'],
    ['a truncated export', good.slice(0, 200), 'damaged'],
    ['a date that is no date', JSON.stringify({ ...doc, exportedAt: 'hier' }), 'damaged'],
    ['answers the questionnaire does not know', JSON.stringify({ ...doc, answers: { ...(doc['answers'] as object), eq_sufficiency: 'plenty' } }), 'damaged'],
    ['a flipped character in a link', url.slice(0, -3) + (url.at(-3) === 'A' ? 'B' : 'A') + url.slice(-2), 'damaged'],
    ['a 300 KB file', JSON.stringify({ ...doc, pad: 'x'.repeat(300 * 1024) }), 'tooLarge'],
    ['a newer file format', JSON.stringify({ ...doc, formatVersion: 3 }), 'version'],
    ['another questionnaire version', JSON.stringify({ ...doc, questionnaireVersion: '2025.1' }), 'version'],
  ])('%s', (_label, text, expected) => {
    expect(reason(text)).toBe(expected);
  });

  it('never throws on what is not a string', () => {
    expect(readInput(42 as unknown as string, questionnaire, NOW)).toEqual({ ok: false, reason: 'notOurs' });
  });
});

describe('collect', () => {
  it('counts the same diagnostic once: the same file twice, or its link the same day', () => {
    const file = exportOf(1, 'ei', '2026-06-10T15:00:00Z');
    const link = linkOf(1, 'ei', '2026-06-10T00:00:00Z');
    const other = exportOf(1, 'ei', '2026-06-11T15:00:00Z');
    const first = collect(EMPTY_COLLECTION, [{ name: 'a.json', text: file }, { name: 'a-copie.json', text: file }], questionnaire, NOW);
    const second = collect(first, [{ name: 'lien 1', text: link }, { name: 'b.json', text: other }, { name: 'big.json', text: null }], questionnaire, NOW);
    expect(second.entries).toHaveLength(2);
    expect(second.rejected).toEqual([
      { name: 'a-copie.json', reason: 'duplicate' },
      { name: 'lien 1', reason: 'duplicate' },
      { name: 'big.json', reason: 'tooLarge' },
    ]);
  });
});
