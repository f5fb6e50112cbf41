/**
 * Two tabs, or two instances on one page, on one storage key: neither may
 * write over answers the other gave. What another side saved is adopted as
 * it arrives (`storage` events from other documents, a small in-page bus for
 * instances on this page), and checked again just before each write, when it
 * is merged with what changed here (see `mergeSaved`). An erase anywhere
 * resets every side. Wraps the storage, so the store itself is unchanged.
 */
import { stringify } from '../core/json';
import type { Questionnaire } from '../core/questionnaire';
import type { DiagnosticState, DiagnosticStore } from './diagnosticStore';
import { mergeSaved, type Merged } from './mergeSaved';
import type { SafeStorage } from './safeStorage';
import { parseSaved, toSaved, type SavedState } from './savedState';

type Listener = (text: string | null) => void;

/** Instances on this page by key: `storage` events reach only other documents. */
const onThisPage = new Map<string, Set<Listener>>();

export interface TabSync {
  /** The storage to give the store: same as the one wrapped, but merges before writing. */
  readonly storage: SafeStorage;
  /** Starts adopting what other sides save; returns how to stop. */
  attach(store: DiagnosticStore): () => void;
}

/** What this side would save: the one saved subset (`toSaved`). */
const snapshot = (s: DiagnosticState): SavedState => toSaved(s);

const content = (s: SavedState) => stringify([s.profile, s.answers, s.structureName, s.earlier, s.plan]);

export function syncTabs(inner: SafeStorage, key: string, questionnaire: Questionnaire, win: Window = window): TabSync {
  if (inner.kind === 'none') return { storage: inner, attach: () => () => undefined };
  const parse = (text: string | null) => (text === null ? null : parseSaved(text, questionnaire).state);
  let baseText = inner.get(key);
  let base = parse(baseText);
  let store: DiagnosticStore | null = null;
  let muted = false;
  const peers = onThisPage.get(key) ?? new Set<Listener>();
  onThisPage.set(key, peers);

  const adopt = ({ state, conflicts }: Merged) => {
    if (!store) return;
    muted = true;
    try {
      const { profile, answers, structureName, earlier, startedAt, updatedAt, plan } = state;
      store.setState({
        profile, answers, structureName, earlier, startedAt, updatedAt, plan,
        resumable: Object.keys(state.answers).length + Object.keys(state.profile).length > 0,
        ...(conflicts.length > 0 ? { notice: 'tabConflict' as const } : {}),
      });
    } finally {
      muted = false;
    }
  };

  const storage: SafeStorage = {
    kind: inner.kind,
    get: (k) => inner.get(k),
    status: () => inner.status(),
    set(k, value) {
      if (k !== key || !store) return inner.set(k, value);
      if (muted) return true;
      let text = value;
      const current = inner.get(key);
      if (current !== baseText) {
        const theirs = current === null ? null : parseSaved(current, questionnaire);
        const ours = parse(value);
        if (theirs?.notice === 'unknownVersion') {
          store.setState({ newerSaveKept: true, notice: 'unknownVersion' });
          return false;
        }
        if (ours) {
          const merged = mergeSaved(base, ours, theirs?.state ?? null, true);
          text = stringify(merged.state);
          queueMicrotask(() => adopt(merged));
        }
      }
      const ok = inner.set(key, text);
      if (ok) {
        baseText = text;
        base = parse(text);
        for (const peer of peers) if (peer !== onForeign) peer(text);
      }
      return ok;
    },
    remove(k) {
      const had = inner.get(k) !== null;
      inner.remove(k);
      if (k !== key) return;
      baseText = null;
      base = null;
      if (had) for (const peer of peers) if (peer !== onForeign) peer(null);
    },
  };

  function onForeign(text: string | null): void {
    if (!store || text === baseText) return;
    if (text === null) {
      baseText = null;
      base = null;
      store.getState().erase();
      return;
    }
    const theirs = parseSaved(text, questionnaire);
    baseText = text;
    if (!theirs.state) {
      if (theirs.notice === 'unknownVersion') store.setState({ newerSaveKept: true, notice: 'unknownVersion' });
      return;
    }
    const merged = mergeSaved(base, snapshot(store.getState()), theirs.state);
    base = theirs.state;
    adopt(merged);
    // What changed here and was not saved yet goes back to the others.
    if (content(merged.state) !== content(theirs.state)) storage.set(key, stringify(merged.state));
  }

  return {
    storage,
    attach(s) {
      store = s;
      // Another document's write to this key (or a clear()); an event from the other storage kind reads back as no change.
      const onStorage = (e: StorageEvent) => {
        if (e.key === key || e.key === null) onForeign(inner.get(key));
      };
      win.addEventListener('storage', onStorage);
      peers.add(onForeign);
      return () => {
        win.removeEventListener('storage', onStorage);
        peers.delete(onForeign);
        store = null;
      };
    },
  };
}
