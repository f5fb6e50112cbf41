/** `preact/hooks` in the late builds (results.js, team.js) (see runtime.ts): the embed's own. */
import { sharedRuntime } from './runtime';

export const { useContext, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } = sharedRuntime().hooks;
