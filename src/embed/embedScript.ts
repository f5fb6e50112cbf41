/**
 * Entry of `embed.js`, the classic script partners paste: defines the one
 * global `SiaeDiagnostic` and the `<siae-diagnostic>` element. This file is
 * the only place with side effects, by design.
 */
import * as preact from 'preact';
import * as hooks from 'preact/hooks';
import * as jsxRuntime from 'preact/jsx-runtime';
import { defineElement } from './customElement';
import { mount } from './mount';

if (!window.SiaeDiagnostic) {
  // `runtime`: the one Preact that team.js (loaded when the team view opens) renders with.
  window.SiaeDiagnostic = { mount, defineElement, version: __APP_VERSION__, runtime: { preact, hooks, jsxRuntime } };
  defineElement();
}
