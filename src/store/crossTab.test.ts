// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { miniQuestionnaire } from '../../tests/fixtures/miniQuestionnaire';
import { syncTabs } from './crossTab';
import { createDiagnosticStore } from './diagnosticStore';
import { createSafeStorage } from './safeStorage';

const KEY = 'tabs-key';
const stops: (() => void)[] = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  localStorage.clear();
});

/** One widget instance on KEY, as mount builds it. */
function instance() {
  const sync = syncTabs(createSafeStorage('local'), KEY, miniQuestionnaire);
  const store = createDiagnosticStore(miniQuestionnaire, sync.storage, KEY);
  stops.push(sync.attach(store));
  return store;
}

/** What the browser does in every other tab after a write: jsdom does not send it. */
function otherTabWrote(newValue: string | null) {
  window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue, storageArea: localStorage }));
}

const saved = () => JSON.parse(localStorage.getItem(KEY) ?? 'null');

describe('two tabs or two instances on one key', () => {
  it('two instances on one page: each one’s answers survive the other’s next write', () => {
    const a = instance();
    const b = instance();
    a.getState().setAnswer('a_uses', 'yes');
    b.getState().setAnswer('b_often', 'often');
    a.getState().goTo('dim:b');
    a.getState().setProfile('structureType', 'ei');
    expect(saved()).toMatchObject({ answers: { a_uses: 'yes', b_often: 'often' }, profile: { structureType: 'ei' } });
    expect(a.getState().answers).toEqual({ a_uses: 'yes', b_often: 'often' });
    expect(b.getState().answers).toEqual({ a_uses: 'yes', b_often: 'often' });
  });

  it('another tab’s save is adopted at once, and merged before this tab writes again', () => {
    const a = instance();
    a.getState().setAnswer('a_uses', 'yes');
    // Tab B, started from A's save, answers another question.
    const fromB = { ...saved(), answers: { a_uses: 'yes', b_often: 'always' }, updatedAt: '2026-12-01T10:00:00.000Z' };
    localStorage.setItem(KEY, JSON.stringify(fromB));
    otherTabWrote(JSON.stringify(fromB));
    expect(a.getState().answers).toEqual({ a_uses: 'yes', b_often: 'always' });
    a.getState().setAnswer('a_which', ['x']);
    expect(saved().answers).toEqual({ a_uses: 'yes', b_often: 'always', a_which: ['x'] });
  });

  it('a write from another tab that has not arrived as an event yet is merged, not overwritten', () => {
    const a = instance();
    a.getState().setAnswer('a_uses', 'yes');
    localStorage.setItem(KEY, JSON.stringify({ ...saved(), answers: { a_uses: 'yes', b_often: 'never' }, structureName: 'Atelier' }));
    a.getState().setAnswer('a_which', ['y']);
    expect(saved()).toMatchObject({ answers: { a_uses: 'yes', b_often: 'never', a_which: ['y'] }, structureName: 'Atelier' });
  });

  it('the same answer changed in both tabs: the last saved is kept and the widget says so', async () => {
    const a = instance();
    a.getState().setAnswer('a_uses', 'yes');
    localStorage.setItem(KEY, JSON.stringify({ ...saved(), answers: { a_uses: 'no' } }));
    a.getState().setAnswer('a_uses', 'dk');
    expect(saved().answers).toEqual({ a_uses: 'dk' });
    await Promise.resolve();
    expect(a.getState().notice).toBe('tabConflict');
  });

  it('an erase in another tab resets this one, which then never writes the old answers back', () => {
    const a = instance();
    a.getState().setStructureName('Atelier du Nord');
    a.getState().setAnswer('a_uses', 'yes');
    a.getState().goTo('dim:a');
    localStorage.removeItem(KEY);
    otherTabWrote(null);
    expect(a.getState()).toMatchObject({ answers: {}, structureName: '', step: 'welcome' });
    a.getState().setAnswer('b_often', 'often');
    expect(saved()).toMatchObject({ answers: { b_often: 'often' }, structureName: '' });
  });

  it('an erase in one instance on the page resets the other one on the same key', () => {
    const a = instance();
    const b = instance();
    a.getState().setAnswer('a_uses', 'yes');
    b.getState().erase();
    expect(a.getState().answers).toEqual({});
    a.getState().setAnswer('b_often', 'often');
    expect(saved().answers).toEqual({ b_often: 'often' });
  });
});
