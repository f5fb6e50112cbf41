/**
 * Entry of `embed.js`, the classic script partners paste: defines the one
 * global `SiaeDiagnostic` and the `<siae-diagnostic>` element. This file is
 * the only place with side effects, by design.
 */
import { defineElement } from './customElement';
import { mount } from './mount';

declare global {
  interface Window {
    SiaeDiagnostic?: { mount: typeof mount; defineElement: typeof defineElement; version: string };
  }
}

if (!window.SiaeDiagnostic) {
  window.SiaeDiagnostic = { mount, defineElement, version: __APP_VERSION__ };
  defineElement();
}
