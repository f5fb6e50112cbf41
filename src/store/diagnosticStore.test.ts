import { describe, expect, it } from 'vitest';
import { miniQuestionnaire } from '../../tests/fixtures/miniQuestionnaire';
import { createDiagnosticStore } from './diagnosticStore';
import { createSafeStorage, type SafeStorage } from './safeStorage';
import { SAVED_VERSION } from './savedState';
import { memoryStorage } from '../../tests/fixtures/memoryStorage';

const clock = () => new Date('2026-11-29T09:00:00.000Z');

describe('diagnostic store', () => {
  it('saves raw answers under its key and restores them in a new store, offering to resume', () => {
    const storage = memoryStorage();
    const first = createDiagnosticStore(miniQuestionnaire, storage, 'key-1', clock);
    first.getState().goTo('dim:a');
    first.getState().setAnswer('a_uses', 'yes');
    expect(JSON.parse(storage.data.get('key-1') ?? '{}')).toMatchObject({ version: SAVED_VERSION, answers: { a_uses: 'yes' }, step: 'dim:a' });

    const second = createDiagnosticStore(miniQuestionnaire, storage, 'key-1', clock);
    expect(second.getState()).toMatchObject({ answers: { a_uses: 'yes' }, step: 'welcome', resumeStep: 'dim:a', resumable: true, startedAt: '2026-11-29T09:00:00.000Z' });
  });

  it('saves a language choice only along with answers, and restores it', () => {
    const storage = memoryStorage();
    const first = createDiagnosticStore(miniQuestionnaire, storage, 'k', clock);
    first.getState().setLanguage('en');
    expect(storage.data.size).toBe(0);
    first.getState().setAnswer('a_uses', 'yes');
    expect(createDiagnosticStore(miniQuestionnaire, storage, 'k', clock).getState().language).toBe('en');
    first.getState().setLanguage('fr');
    expect(createDiagnosticStore(miniQuestionnaire, storage, 'k', clock).getState().language).toBe('fr');
  });

  it('writes to storage only when something saved changed', () => {
    const storage = memoryStorage();
    let writes = 0;
    const counted = { ...storage, set: (k: string, v: string) => ((writes += 1), storage.set(k, v)) };
    const store = createDiagnosticStore(miniQuestionnaire, counted, 'k', clock);
    store.getState().setAnswer('a_uses', 'yes');
    expect(writes).toBe(1);
    // Opening an address without a link changes nothing saved: no second write.
    store.getState().openInvitation('#nothing');
    store.setState({ pendingShare: null });
    expect(writes).toBe(1);
    store.getState().setAnswer('a_uses', 'no');
    expect(writes).toBe(2);
    expect(JSON.parse(storage.data.get('k') ?? '{}').answers).toEqual({ a_uses: 'no' });
  });

  it('keeps no derived score in its state', () => {
    const store = createDiagnosticStore(miniQuestionnaire, memoryStorage(), 'k', clock);
    store.getState().setAnswer('a_uses', 'yes');
    expect(Object.keys(store.getState()).filter((k) => /score|level|result/i.test(k))).toEqual([]);
  });

  it('removes an answer set to null or to an empty selection', () => {
    const store = createDiagnosticStore(miniQuestionnaire, memoryStorage(), 'k', clock);
    store.getState().setAnswer('a_which', ['x']);
    store.getState().setAnswer('a_which', []);
    store.getState().setAnswer('b_often', 'often');
    store.getState().setAnswer('b_often', null);
    expect(store.getState().answers).toEqual({});
  });

  it('keeps only answers the questionnaire accepts, through the same rules as saved data', () => {
    const store = createDiagnosticStore(miniQuestionnaire, memoryStorage(), 'k', clock);
    store.getState().setAnswer('a_which', ['x', 'none']);
    store.getState().setAnswer('b_often', 'unknown-option');
    store.getState().setAnswer('gone_question', 'yes');
    store.getState().setProfile('structureType', 'ei');
    store.getState().setProfile('structureType', 'elsewhere');
    expect(store.getState().answers).toEqual({ a_which: ['x'] });
    expect(store.getState().profile).toEqual({ structureType: 'ei' });
  });

  it('erases only its own key', () => {
    const storage = memoryStorage();
    storage.data.set('partner-key', 'theirs');
    const store = createDiagnosticStore(miniQuestionnaire, storage, 'mine', clock);
    store.getState().setAnswer('a_uses', 'no');
    store.getState().erase();
    expect([...storage.data.keys()]).toEqual(['partner-key']);
    expect(store.getState()).toMatchObject({ answers: {}, profile: {}, updatedAt: null, resumable: false });
  });

  it('keeps working in memory when storage throws on every write, and says so', () => {
    const full = { setItem() { throw new DOMException('full', 'QuotaExceededError'); }, getItem: () => null, removeItem() {} } as unknown as Storage;
    const store = createDiagnosticStore(miniQuestionnaire, createSafeStorage('local', { localStorage: full }), 'k', clock);
    store.getState().setAnswer('a_uses', 'yes');
    expect(store.getState().answers).toEqual({ a_uses: 'yes' });
    expect(store.getState().storageStatus).toBe('failed');
  });

  it('never writes over saved data from a newer version, until the user erases it', () => {
    const storage = memoryStorage();
    const newer = JSON.stringify({ version: SAVED_VERSION + 1, answers: { a_uses: 'yes' }, somethingNew: true });
    storage.data.set('k', newer);
    const store = createDiagnosticStore(miniQuestionnaire, storage, 'k', clock);
    expect(store.getState()).toMatchObject({ notice: 'unknownVersion', newerSaveKept: true, resumable: false });
    store.getState().setAnswer('a_uses', 'no');
    store.getState().goTo('dim:a');
    expect(store.getState().answers).toEqual({ a_uses: 'no' });
    expect(storage.data.get('k')).toBe(newer);
    store.getState().erase();
    expect(storage.data.has('k')).toBe(false);
    store.getState().setAnswer('a_uses', 'yes');
    expect(JSON.parse(storage.data.get('k') ?? '{}')).toMatchObject({ version: SAVED_VERSION, answers: { a_uses: 'yes' } });
  });

  it('starts empty with a notice when saved data is corrupt, and keeps no broken value', () => {
    const storage = memoryStorage();
    storage.data.set('k', '{"version":1,"answers":');
    const store = createDiagnosticStore(miniQuestionnaire, storage, 'k', clock);
    expect(store.getState()).toMatchObject({ answers: {}, notice: 'corrupt', resumable: false });
  });
});
