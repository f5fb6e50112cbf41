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
    const store = kind === 'local' ? scope.localStorage : scope.sessionStorage;
    if (!store) return null;
    // Safari in private mode used to expose a storage that throws on write.
    const probe = '__siae_probe__';
    store.setItem(probe, '1');
    store.removeItem(probe);
    return store;
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
