/**
 * A storage wrapper that never throws. `localStorage` can throw on access
 * (blocked cookies, sandboxed frames, file: origins) and on write (quota);
 * every failure is reported as a status instead, and the widget keeps
 * working in memory.
 */
export type StorageKind = 'local' | 'session' | 'none';

export type StorageStatus = 'ok' | 'off' | 'unavailable' | 'failed';

export interface SafeStorage {
  readonly kind: StorageKind;
  get(key: string): string | null;
  /** False when the value could not be kept. */
  set(key: string, value: string): boolean;
  remove(key: string): void;
  status(): StorageStatus;
}

function open(kind: StorageKind, scope: { localStorage?: Storage; sessionStorage?: Storage } | undefined): Storage | null {
  if (kind === 'none' || scope === undefined) return null;
  try {
    // Merely reading the property throws where storage is blocked. A storage
    // that throws on write (quota, old Safari private mode) is caught at the
    // first write instead of by a probe write, which costs time at start-up.
    return (kind === 'local' ? scope.localStorage : scope.sessionStorage) ?? null;
  } catch {
    return null;
  }
}

export function createSafeStorage(kind: StorageKind, scope: { localStorage?: Storage; sessionStorage?: Storage } | undefined = globalThis as never): SafeStorage {
  const store = open(kind, scope);
  let status: StorageStatus = kind === 'none' ? 'off' : store ? 'ok' : 'unavailable';
  return {
    kind,
    get(key) {
      if (!store) return null;
      try {
        return store.getItem(key);
      } catch {
        status = 'failed';
        return null;
      }
    },
    set(key, value) {
      if (!store) return false;
      try {
        store.setItem(key, value);
        status = 'ok';
        return true;
      } catch {
        status = 'failed';
        return false;
      }
    },
    remove(key) {
      if (!store) return;
      try {
        store.removeItem(key);
      } catch {
        status = 'failed';
      }
    },
    status: () => status,
  };
}
