/**
 * Entry of `embed.js`, the classic script partners paste: defines the one
 * global `SiaeDiagnostic` and the `<siae-diagnostic>` element. This file is
 * the only place with side effects, by design.
 */
import { createContext, createElement, Fragment, options, render } from 'preact';
import { useContext, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { jsx, jsxs } from 'preact/jsx-runtime';
import type { LateRuntime } from '../ui/late/runtime';
import { defineElement } from './customElement';
import { mount } from './mount';

if (!window.SiaeDiagnostic) {
  // `runtime`: the one Preact that the late scripts (results.js, team.js) render with.
  // Only what they use, so the rest of Preact can still be left out of embed.js: the names
  // are listed once (LateRuntime), and a late build fails if its script needs another.
  const runtime: LateRuntime = {
    preact: { createContext, createElement, Fragment, options, render },
    hooks: { useContext, useEffect, useId, useLayoutEffect, useMemo, useRef, useState },
    jsxRuntime: { jsx, jsxs, Fragment },
  };
  const global: NonNullable<Window['SiaeDiagnostic']> = { mount, defineElement, version: __APP_VERSION__ };
  // Plumbing, not API: not enumerable, so the global's public face stays mount, defineElement, version.
  Object.defineProperty(global, 'runtime', { value: runtime, enumerable: false });
  window.SiaeDiagnostic = global;
  defineElement();
}
