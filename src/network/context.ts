/** What every part of the network page reads: the wording of the chosen language. */
import type { TFunction } from 'i18next';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export interface PageContextValue {
  readonly t: TFunction;
  readonly lng: 'fr' | 'en';
}

export const PageContext = createContext<PageContextValue | null>(null);

export function usePage(): PageContextValue {
  const value = useContext(PageContext);
  if (!value) throw new Error('usePage outside of <PageContext.Provider>');
  return value;
}

/** "2026-03" → "mars 2026" / "March 2026". */
export function monthLabel(month: string, lng: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(lng, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, 1)));
}
