import { describe, expect, it } from 'vitest';
import { createSafeStorage } from './safeStorage';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() { return data.size; },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}

describe('createSafeStorage', () => {
  it('keeps and returns values when storage works', () => {
    const s = createSafeStorage('local', { localStorage: memoryStorage() });
    expect(s.set('k', 'v')).toBe(true);
    expect(s.get('k')).toBe('v');
    expect(s.status()).toBe('ok');
  });

  it('reports unavailable when merely touching storage throws (blocked cookies, sandboxed frame)', () => {
    const scope = {} as { localStorage?: Storage };
    Object.defineProperty(scope, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    const s = createSafeStorage('local', scope);
    expect(s.status()).toBe('unavailable');
    expect(s.get('k')).toBeNull();
    expect(s.set('k', 'v')).toBe(false);
    expect(() => s.remove('k')).not.toThrow();
  });

  it('reports failed, without throwing, when a write exceeds the quota', () => {
    const store = memoryStorage();
    const s = createSafeStorage('local', { localStorage: store });
    store.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    expect(s.set('k', 'v')).toBe(false);
    expect(s.status()).toBe('failed');
  });

  it('stores nothing at all when switched off', () => {
    const store = memoryStorage();
    const s = createSafeStorage('none', { localStorage: store });
    expect(s.set('k', 'v')).toBe(false);
    expect(store.length).toBe(0);
    expect(s.status()).toBe('off');
  });

  it('uses sessionStorage when asked', () => {
    const session = memoryStorage();
    const s = createSafeStorage('session', { localStorage: memoryStorage(), sessionStorage: session });
    s.set('k', 'v');
    expect(session.getItem('k')).toBe('v');
  });
});
