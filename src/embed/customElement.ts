/**
 * `<siae-diagnostic>`: the custom element, a thin shell over `mount`.
 * Attributes: lang, storage, storage-key, accent, nonce, share-url. Changing one
 * remounts the widget on the same store (answers and step kept). Moving the
 * element (`appendChild` elsewhere, `moveBefore`) keeps it as it is: the
 * unmount on disconnect waits a microtask and a reconnect cancels it.
 */
import { mount, remount, type MountHandle, type MountOptions } from './mount';

export const ELEMENT_NAME = 'siae-diagnostic';
const ATTRIBUTES = ['lang', 'storage', 'storage-key', 'accent', 'nonce', 'share-url'] as const;
const PROPERTY: Readonly<Record<string, string>> = { 'storage-key': 'storageKey', 'share-url': 'shareUrl' };

function optionsFrom(el: HTMLElement): MountOptions {
  const options: Record<string, string> = {};
  for (const name of ATTRIBUTES) {
    // Under a CSP header the browser empties the nonce attribute; the property keeps it.
    const value = name === 'nonce' ? el.nonce || el.getAttribute(name) : el.getAttribute(name);
    if (value !== null) options[PROPERTY[name] ?? name] = value;
  }
  return options as MountOptions;
}

let elementClass: CustomElementConstructor | null = null;

/** Built lazily (and once) so that importing this module defines nothing. */
function createElementClass(): CustomElementConstructor {
  elementClass ??= class SiaeDiagnosticElement extends HTMLElement {
    static observedAttributes = [...ATTRIBUTES];
    private handle: MountHandle | null = null;

    connectedCallback(): void {
      if (!this.handle) this.handle = mount(this, optionsFrom(this));
    }

    disconnectedCallback(): void {
      queueMicrotask(() => {
        if (this.isConnected) return;
        this.handle?.unmount();
        this.handle = null;
      });
    }

    /** `moveBefore()` calls this instead of disconnected + connected: nothing to redo. */
    connectedMoveCallback(): void {}

    attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
      if (!this.handle || oldValue === newValue) return;
      this.handle = remount(this, optionsFrom(this));
    }
  };
  return elementClass;
}

const NOT_OURS = `[siae-diagnostic] <${ELEMENT_NAME}> unavailable: use mount(element, options).`;

/**
 * Defines `<siae-diagnostic>` once; safe to call again. If the page defined
 * that name first, or defining throws, one warning says to use `mount`.
 */
export function defineElement(registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(ELEMENT_NAME);
  if (existing) {
    if (existing !== elementClass) console.warn(NOT_OURS);
    return;
  }
  try {
    registry.define(ELEMENT_NAME, createElementClass());
  } catch (error) {
    console.warn(NOT_OURS, error);
  }
}
