/**
 * What the widget asks of its translator: the part of i18next's instance it uses. Two implement
 * it: `createReader` (reader.ts) on the first screens, in embed.js; then i18next itself
 * (`createI18n`), which comes with results.js in idle time and takes over (see `embed/mount.tsx`).
 */
import type { TFunction } from 'i18next';
import { bundleFor, LATE_NAMESPACES, NAMESPACES } from './bundles';
import type { Language } from './languages';

export interface Translator {
  readonly language: string;
  getFixedT(lng: string): TFunction;
  /** Merges without overwriting what is there (i18next's `deep`, not `overwrite`). */
  addResourceBundle(lng: string, ns: string, resources: Record<string, unknown>, deep?: boolean, overwrite?: boolean): unknown;
  hasResourceBundle(lng: string, ns: string): boolean;
  changeLanguage(lng: string): Promise<unknown>;
}

export interface I18nOptions {
  /** Per-language overrides of a few texts, rendered as text, never HTML. */
  readonly overrides?: Partial<Record<Language, Partial<Record<OverridableKey, string>>>>;
  /** Called for every key missing at run time (tests fail on it). */
  readonly onMissingKey?: (lng: string, key: string) => void;
}

/** The only texts a partner may replace, per language. */
export const OVERRIDABLE_KEYS = ['welcome.title', 'welcome.intro', 'sheet.contact'] as const;
export type OverridableKey = (typeof OVERRIDABLE_KEYS)[number];

/** The partner's text for `key` (without namespace) in `lng`, shown literally: only for an allowed key, and not blank. */
export function partnerText(overrides: I18nOptions['overrides'], lng: string, key: string): string | undefined {
  const text = OVERRIDABLE_KEYS.includes(key as OverridableKey) ? Object(overrides?.[lng as Language])[key] : undefined;
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

/** Loads another language into the same translator, then switches to it. */
export async function switchLanguage(instance: Translator, lng: Language): Promise<void> {
  if (!instance.hasResourceBundle(lng, 'ui')) {
    const bundle = await bundleFor(lng);
    // A fetched file holds the late namespaces too: all are added (French gets those with the code).
    for (const ns of [...NAMESPACES, ...LATE_NAMESPACES]) if (bundle[ns]) instance.addResourceBundle(lng, ns, bundle[ns]);
  }
  await instance.changeLanguage(lng);
}
