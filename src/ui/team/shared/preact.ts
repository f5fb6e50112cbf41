/** `preact` in the team build (see runtime.ts): the embed's own. */
import { sharedRuntime } from './runtime';

export const { createContext, createElement, Fragment, options, render } = sharedRuntime().preact;
