/** Preact and the hooks the widget uses, nothing else: its share of the floor. */
import { createContext, render } from 'preact';
import { useContext, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

(globalThis as { siaeFloor?: unknown }).siaeFloor = [createContext, render, useContext, useEffect, useId, useLayoutEffect, useMemo, useRef, useState];
