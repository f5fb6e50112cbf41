/**
 * Numbers and dates through Intl for the active language: French writes
 * "82 %" (narrow no-break space) and "28/11/2026", English "82%" and
 * "28 Nov 2026".
 */
import type { Language } from './languages';

type DateStyle = [locale: string, options: Intl.DateTimeFormatOptions];
const FR_DATE: DateStyle = ['fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric' }];
const DATE_STYLES: Readonly<Record<string, DateStyle>> = {
  fr: FR_DATE,
  en: ['en-GB', { day: 'numeric', month: 'short', year: 'numeric' }],
};

export interface Formatters {
  percent(value: number): string;
  number(value: number): string;
  date(value: Date): string;
}

/** Built on first use: Intl constructors are slow, and the first screen formats nothing. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function createFormatters(lng: Language): Formatters {
  const percent = lazy(() => new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: 0 }));
  const number = lazy(() => new Intl.NumberFormat(lng, { maximumFractionDigits: 0 }));
  const [locale, options] = DATE_STYLES[lng] ?? FR_DATE;
  const date = lazy(() => new Intl.DateTimeFormat(locale, options));
  return {
    // Older ICU data (Node 20) puts a no-break space before "%"; French typography wants the narrow one.
    percent: (value) => percent().format(value / 100).replace(/\u00a0(?=%)/, '\u202f'),
    number: (value) => number().format(value),
    date: (value) => date().format(value),
  };
}
