/** `preact/jsx-runtime` in the late builds (results.js, team.js) (see runtime.ts): the embed's own. */
import { sharedRuntime } from './runtime';

export const { jsx, jsxs, Fragment } = sharedRuntime().jsxRuntime;
