/** `preact/jsx-runtime` in the team build (see runtime.ts): the embed's own. */
import { sharedRuntime } from './runtime';

export const { jsx, jsxs, Fragment } = sharedRuntime().jsxRuntime;
