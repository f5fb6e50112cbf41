/** `preact/hooks` in the team build (see runtime.ts): the embed's own. */
import { sharedRuntime } from './runtime';

export const { useContext, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } = sharedRuntime().hooks;
