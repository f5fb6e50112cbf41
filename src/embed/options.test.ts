import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_STORAGE_KEY, resolveOptions } from './options';

describe('resolveOptions', () => {
  it('keeps valid options as given', () => {
    const warn = vi.fn();
    const o = resolveOptions({ lang: 'en-GB', storage: 'session', storageKey: 'reseau:diag-1', accent: '#6a1b9a', nonce: 'n0nce' }, warn);
    expect(o).toMatchObject({ lang: 'en', storage: 'session', storageKey: 'reseau:diag-1', accent: '#6a1b9a', nonce: 'n0nce' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('falls back to defaults with exactly one warning per invalid value', () => {
    const warn = vi.fn();
    const o = resolveOptions({ lang: 'xx', storage: 'cloud', storageKey: 'has spaces and é', accent: 'url(javascript:alert(1))' }, warn);
    expect(o).toMatchObject({ lang: null, storage: 'local', storageKey: DEFAULT_STORAGE_KEY, accent: null });
    expect(warn).toHaveBeenCalledTimes(4);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining('lang'),
      expect.stringContaining('storage'),
      expect.stringContaining('storage-key'),
      expect.stringContaining('accent'),
    ]);
  });

  it('takes an http(s) benchmark-src, relative to the page, and warns once on anything else', () => {
    const warn = vi.fn();
    expect(resolveOptions({ benchmarkSrc: 'https://reseau.example/benchmark.json' }, warn).benchmarkSrc).toBe('https://reseau.example/benchmark.json');
    for (const bad of ['javascript:alert(1)', 'data:application/json,{}', 42, 'http://[::1']) expect(resolveOptions({ benchmarkSrc: bad }, warn).benchmarkSrc).toBeNull();
    expect(warn).toHaveBeenCalledTimes(4);
    expect(resolveOptions({ benchmarkSrc: 'https://x.example/b.json', benchmark: {} }, warn).benchmarkSrc).toBeNull();
    expect(warn).toHaveBeenCalledTimes(4);
  });

  it('never throws, whatever it is given', () => {
    for (const raw of [null, undefined, 42, 'fr', [], { texts: 'x' }, { storageKey: { toString: () => 'x' } }]) {
      expect(() => resolveOptions(raw, () => undefined)).not.toThrow();
    }
  });

  it('treats empty attributes as absent', () => {
    const warn = vi.fn();
    expect(resolveOptions({ lang: '', accent: '' }, warn)).toMatchObject({ lang: null, accent: null });
    expect(warn).not.toHaveBeenCalled();
  });
});
