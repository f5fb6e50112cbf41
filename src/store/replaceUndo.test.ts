import { describe, expect, it } from 'vitest';
import { miniQuestionnaire } from '../../tests/fixtures/miniQuestionnaire';
import { createDiagnosticStore } from './diagnosticStore';
import { answersChangedAt, isOlderFile, savedKey } from './replaceUndo';
import { toSaved } from './savedState';
import { memoryStorage } from '../../tests/fixtures/memoryStorage';


describe('replacing answers with an imported file, and undoing it', () => {
  it('restores exactly what was replaced, dates included, in the store and in storage', () => {
    const storage = memoryStorage();
    let time = '2026-11-01T10:00:00.000Z';
    const store = createDiagnosticStore(miniQuestionnaire, storage, 'k', () => new Date(time));
    store.getState().setProfile('structureType', 'aci');
    store.getState().setAnswer('a_uses', 'yes');
    store.getState().setStructureName('Atelier du Nord');
    const before = toSaved(store.getState());
    const saved = storage.data.get('k');

    time = '2026-12-01T10:00:00.000Z';
    store.getState().replaceAll({ structureType: 'ei' }, { b_often: 'often' });
    store.getState().setStructureName('Autre nom');
    expect(store.getState()).toMatchObject({ answers: { b_often: 'often' }, updatedAt: time });
    expect(savedKey(store.getState())).not.toBe(savedKey(before));

    store.getState().restore(before);
    expect(store.getState()).toMatchObject({ profile: { structureType: 'aci' }, answers: { a_uses: 'yes' }, structureName: 'Atelier du Nord', startedAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z' });
    expect(savedKey(store.getState())).toBe(savedKey(before));
    expect(storage.data.get('k')).toBe(saved);
    expect(createDiagnosticStore(miniQuestionnaire, storage, 'k').getState().answers).toEqual({ a_uses: 'yes' });
  });

  it('has nothing to lose (no date) before any answer, even with dates set', () => {
    const empty = { profile: {}, answers: {}, structureName: '', startedAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z' };
    expect(answersChangedAt(empty)).toBeNull();
    expect(answersChangedAt({ ...empty, profile: { structureType: 'aci' } })).toBe('2026-11-01T10:00:00.000Z');
  });

  it('calls a file older only when it was saved before the answers last changed', () => {
    const changed = '2026-11-01T10:00:00.000Z';
    expect(isOlderFile(new Date('2026-10-31T10:00:00.000Z'), changed)).toBe(true);
    expect(isOlderFile(new Date(changed), changed)).toBe(false);
    expect(isOlderFile(new Date('2026-11-02T10:00:00.000Z'), changed)).toBe(false);
    expect(isOlderFile(new Date('2020-01-01T00:00:00.000Z'), null)).toBe(false);
  });
});
