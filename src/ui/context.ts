/**
 * What every view needs, passed once through Preact context: the store,
 * the content (the questionnaire on the first screens; all of it, with
 * benchmark and recommendations, under the late screens), the active
 * language's `t` and formatters, and the partner's configuration.
 */
import type { TFunction } from 'i18next';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Content, ContentStart, PartnerContent } from '../core/content';
import type { Step } from '../core/steps';
import type { CompleteDetail } from './results/completeDetail';
import type { Formatters } from '../i18n/format';
import type { Language } from '../i18n/languages';
import type { DiagnosticStore } from '../store/diagnosticStore';

/** Events the widget tells its host about (no free text ever). */
export type WidgetEvent =
  | { type: 'start' }
  | { type: 'step'; step: Step; index: number; total: number }
  | { type: 'complete'; detail: CompleteDetail };

export interface WidgetContextValue {
  readonly store: DiagnosticStore;
  readonly content: ContentStart;
  /** The partner's resources and benchmarks as given: the results code checks them (`fullContent`). */
  readonly partnerContent: PartnerContent;
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
  /** The partner's address for share links, if any. */
  readonly shareUrl: string | null;
  /** Adds wording that arrives with lazily loaded code (results.js, team.js). */
  readonly addWording: (lng: Language, ns: string, resources: Record<string, unknown>) => void;
}

export const WidgetContext = createContext<WidgetContextValue | null>(null);

export function useWidget(): WidgetContextValue {
  const value = useContext(WidgetContext);
  if (!value) throw new Error('useWidget outside of <WidgetContext.Provider>');
  return value;
}

/** The context under the late screens (results.js, team.js), which provide the whole content. */
export type LateWidgetValue = Omit<WidgetContextValue, 'content'> & { readonly content: Content };

export function useLateWidget(): LateWidgetValue {
  const value = useWidget();
  if (!('recommendations' in value.content)) throw new Error('useLateWidget outside of a late screen (ResultsScreen, TeamScreen)');
  return value as LateWidgetValue;
}
