import { describe, expect, it } from 'vitest';
import { miniQuestionnaire } from '../../tests/fixtures/miniQuestionnaire';
import { carriedOverPlan, changedPlan } from '../core/plan/planUpdates';
import { createDiagnosticStore } from './diagnosticStore';
import { memoryStorage } from '../../tests/fixtures/memoryStorage';

const clock = () => new Date('2026-11-29T09:00:00.000Z');
const priorities = ['r_one', 'r_two'];

describe('plan actions', () => {
  it('starts the plan from the priority actions at its first change, and saves it with the answers', () => {
    const storage = memoryStorage();
    const store = createDiagnosticStore(miniQuestionnaire, storage, 'k', clock);
    store.getState().setAnswer('a_uses', 'yes');
    expect(store.getState().plan).toBeNull();
    store.getState().updatePlan(changedPlan({ kind: 'update', id: 'r_two', patch: { owner: 'Awa', status: 'doing' } }, priorities));
    store.getState().updatePlan(changedPlan({ kind: 'add', id: 'r_three' }, priorities));
    store.getState().updatePlan(changedPlan({ kind: 'remove', id: 'r_one' }, priorities));
    const expected = [
      { id: 'r_two', owner: 'Awa', target: '', status: 'doing', note: '' },
      { id: 'r_three', owner: '', target: '', status: 'todo', note: '' },
    ];
    expect(store.getState().plan).toEqual(expected);
    expect(createDiagnosticStore(miniQuestionnaire, storage, 'k', clock).getState().plan).toEqual(expected);
  });

  it('keeps an emptied plan empty rather than falling back to the priorities', () => {
    const store = createDiagnosticStore(miniQuestionnaire, memoryStorage(), 'k', clock);
    for (const id of priorities) store.getState().updatePlan(changedPlan({ kind: 'remove', id }, priorities));
    expect(store.getState().plan).toEqual([]);
  });

  it('carries over the unfinished actions of an earlier plan, once', () => {
    const store = createDiagnosticStore(miniQuestionnaire, memoryStorage(), 'k', clock);
    const earlierPlan = [
      { id: 'r_one', owner: 'Léa', target: '2026-03', status: 'doing' as const, note: '' },
      { id: 'r_old', owner: 'Marc', target: '2026-06', status: 'todo' as const, note: 'devis' },
      { id: 'r_done', owner: '', target: '', status: 'done' as const, note: '' },
    ];
    store.getState().setEarlier({ profile: {}, answers: {}, date: '2025-11-01T00:00:00.000Z', plan: earlierPlan });
    store.getState().updatePlan(carriedOverPlan(priorities));
    expect(store.getState().plan?.map((e) => e.id)).toEqual(['r_one', 'r_two', 'r_old']);
    // Today's untouched r_one takes the earlier one's owner and status.
    expect(store.getState().plan?.[0]).toEqual(earlierPlan[0]);
    expect(store.getState().plan?.[2]).toEqual(earlierPlan[1]);
    store.getState().updatePlan(carriedOverPlan(priorities));
    expect(store.getState().plan).toHaveLength(3);
  });

  it('erasing forgets the plan', () => {
    const store = createDiagnosticStore(miniQuestionnaire, memoryStorage(), 'k', clock);
    store.getState().updatePlan(changedPlan({ kind: 'add', id: 'r_x' }, []));
    store.getState().erase();
    expect(store.getState().plan).toBeNull();
  });
});
