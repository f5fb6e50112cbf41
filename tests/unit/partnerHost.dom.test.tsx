// @vitest-environment jsdom
/** What partners' pages do to the widget: nonce under a CSP header, polluted prototypes, a name already taken. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineElement, ELEMENT_NAME } from '../../src/embed/customElement';
import { resolveOptions } from '../../src/embed/options';
import { useCleanPage } from './domHelpers';

useCleanPage();
afterEach(() => vi.restoreAllMocks());

describe('a partner page', () => {
  it('served with a CSP header (nonce attribute emptied, kept in element.nonce): the fallback <style> gets the nonce', () => {
    defineElement();
    const el = document.createElement(ELEMENT_NAME);
    el.setAttribute('lang', 'fr');
    el.setAttribute('nonce', '');
    // What browsers do with a CSP header: the attribute reads "", the property keeps the value.
    Object.defineProperty(el, 'nonce', { value: 'r4nd0m', configurable: true });
    document.body.append(el);
    // jsdom has no constructable stylesheets: this is the fallback path of old Safari.
    expect(el.shadowRoot?.querySelector('style')?.nonce).toBe('r4nd0m');
  });

  it('with a polluted Object.prototype: options read only the partner’s own properties', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['lang'] = 'xx';
    proto['storage'] = 'none';
    proto['storageKey'] = 'hijacked';
    const warn = vi.fn();
    try {
      expect(resolveOptions({}, warn)).toMatchObject({ lang: null, storage: 'local', storageKey: 'siae-diagnostic' });
      expect(resolveOptions({ lang: 'en' }, warn)).toMatchObject({ lang: 'en', storage: 'local' });
      expect(warn).not.toHaveBeenCalled();
    } finally {
      delete proto['lang'];
      delete proto['storage'];
      delete proto['storageKey'];
    }
  });

  it('that defined <siae-diagnostic> itself, or whose registry throws: one warning pointing to mount', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const taken = { get: () => class extends HTMLElement {}, define: vi.fn() } as unknown as CustomElementRegistry;
    defineElement(taken);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/mount\(element, options\)/);
    const throwing = { get: () => undefined, define: () => { throw new DOMException('nope', 'NotSupportedError'); } } as unknown as CustomElementRegistry;
    expect(() => defineElement(throwing)).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[1]?.[0])).toMatch(/mount\(element, options\)/);
    // Ours already defined: calling again stays silent.
    defineElement();
    defineElement();
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
