/** Languages the widget ships. Adding one: a folder in `locales/` and an entry here. */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fr';

/** "en-GB", "EN", "fr_CA" → a supported language, or null. */
export function toLanguage(value: unknown): Language | null {
  if (typeof value !== 'string') return null;
  const base = value.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : null;
}

/**
 * The partner's option or attribute first (it may change it at run time),
 * then a language the user switched to (saved with their answers), then the
 * host page's `<html lang>`, then the browser's languages, then French.
 */
export function pickLanguage(option: unknown, htmlLang: unknown, browserLanguages: readonly unknown[], saved: unknown = null): Language {
  return toLanguage(option) ?? toLanguage(saved) ?? toLanguage(htmlLang) ?? browserLanguages.map(toLanguage).find((l) => l !== null) ?? DEFAULT_LANGUAGE;
}
