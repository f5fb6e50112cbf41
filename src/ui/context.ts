/**
 * What every view needs, passed once through Preact context: the store,
 * the content (questionnaire, benchmark, recommendations), the active
 * language's `t` and formatters, and the partner's configuration.
 */
import type { TFunction } from 'i18next';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Benchmark } from '../core/benchmark';
import type { Questionnaire } from '../core/questionnaire';
import type { Recommendation, Resource } from '../core/recommendations';
import type { Formatters } from '../i18n/format';
import type { Language } from '../i18n/languages';
import type { DiagnosticStore } from '../store/diagnosticStore';

export interface Content {
  readonly questionnaire: Questionnaire;
  readonly benchmark: Benchmark;
  readonly recommendations: readonly Recommendation[];
  readonly resources: readonly Resource[];
}

/** Events the widget tells its host about (no free text ever). */
export type WidgetEvent =
  | { type: 'start' }
  | { type: 'step'; step: string; index: number; total: number }
  | { type: 'complete'; detail: Record<string, unknown> };

export interface WidgetContextValue {
  readonly store: DiagnosticStore;
  readonly content: Content;
  readonly t: TFunction;
  readonly lng: Language;
  readonly fmt: Formatters;
  readonly storageKind: 'local' | 'session' | 'none';
  readonly emit: (event: WidgetEvent) => void;
  readonly setLanguage: (lng: Language) => void;
  /** The last language switch failed (its wording could not be loaded). */
  readonly languageFailed: boolean;
  /** The partner's CSP nonce, for the rare browser without constructable stylesheets. */
  readonly nonce: string | null;
  /** The widget is the whole page: its title is the <h1>. */
  readonly pageTitle: boolean;
  /** Adds wording that arrives with lazily loaded code (the team view). */
  readonly addWording: (lng: Language, ns: string, resources: Record<string, unknown>) => void;
}

export const WidgetContext = createContext<WidgetContextValue | null>(null);

export function useWidget(): WidgetContextValue {
  const value = useContext(WidgetContext);
  if (!value) throw new Error('useWidget outside of <WidgetContext.Provider>');
  return value;
}
