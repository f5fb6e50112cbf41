/**
 * `<siae-diagnostic>`: the custom element, a thin shell over `mount`.
 * Attributes: lang, storage, storage-key, accent, nonce, benchmark-src. Changing one
 * remounts the widget; answers stay in storage.
 */
import { mount, type MountHandle, type MountOptions } from './mount';

export const ELEMENT_NAME = 'siae-diagnostic';
const ATTRIBUTES = ['lang', 'storage', 'storage-key', 'accent', 'nonce', 'benchmark-src'] as const;

function optionsFrom(el: HTMLElement): MountOptions {
  const options: Record<string, string> = {};
  for (const name of ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value !== null) options[name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] = value;
  }
  return options as MountOptions;
}

/** Built lazily so that importing this module defines nothing. */
function createElementClass(): CustomElementConstructor {
  return class SiaeDiagnosticElement extends HTMLElement {
    static observedAttributes = [...ATTRIBUTES];
    private handle: MountHandle | null = null;

    connectedCallback(): void {
      if (!this.handle) this.handle = mount(this, optionsFrom(this));
    }

    disconnectedCallback(): void {
      this.handle?.unmount();
      this.handle = null;
    }

    attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
      if (!this.handle || oldValue === newValue) return;
      this.handle.unmount();
      this.handle = mount(this, optionsFrom(this));
    }
  };
}

/** Defines `<siae-diagnostic>` once; safe to call again. */
export function defineElement(registry: CustomElementRegistry = customElements): void {
  if (!registry.get(ELEMENT_NAME)) registry.define(ELEMENT_NAME, createElementClass());
}
