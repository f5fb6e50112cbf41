/**
 * A private i18next instance per widget, so a host page that uses i18next
 * itself is never touched, and nothing is written to storage.
 */
import { createInstance, type i18n as I18n } from 'i18next';
import type { Language } from './languages';
import { bundleFor, NAMESPACES, type Bundle } from './bundles';

export interface I18nOptions {
  /** Per-language overrides of a few texts, rendered as text, never HTML. */
  readonly overrides?: Partial<Record<Language, Partial<Record<OverridableKey, string>>>>;
  /** Called for every key missing at run time (tests fail on it). */
  readonly onMissingKey?: (lng: string, key: string) => void;
}

/** The only texts a partner may replace, per language. */
export const OVERRIDABLE_KEYS = ['welcome.title', 'welcome.intro', 'sheet.contact'] as const;
export type OverridableKey = (typeof OVERRIDABLE_KEYS)[number];

function withOverrides(bundle: Bundle, overrides: Partial<Record<OverridableKey, string>> | undefined): Bundle {
  if (typeof overrides !== 'object' || overrides === null) return bundle;
  const ui = structuredClone(bundle.ui) as Record<string, Record<string, unknown>>;
  for (const key of OVERRIDABLE_KEYS) {
    const value = overrides[key];
    const [group, leaf] = key.split('.') as [string, string];
    if (typeof value === 'string' && value.trim() !== '') ui[group] = { ...ui[group], [leaf]: value };
  }
  return { ...bundle, ui };
}

/** Synchronous: the bundle is already loaded (see `bundleFor`). */
export function createI18n(lng: Language, bundle: Bundle, options: I18nOptions = {}): I18n {
  const instance = createInstance();
  void instance.init({
    lng,
    fallbackLng: false,
    ns: [...NAMESPACES],
    defaultNS: 'ui',
    resources: { [lng]: withOverrides(bundle, options.overrides?.[lng]) },
    // JSX escapes already and no wording ever reaches innerHTML.
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: options.onMissingKey !== undefined,
    missingKeyHandler: (lngs, ns, key) => options.onMissingKey?.(lngs.join(','), `${ns}:${key}`),
    initAsync: false,
  });
  return instance;
}

/** Loads another language into the same instance, then switches to it. */
export async function switchLanguage(instance: I18n, lng: Language, options: I18nOptions = {}): Promise<void> {
  if (!instance.hasResourceBundle(lng, 'ui')) {
    const bundle = withOverrides(await bundleFor(lng), options.overrides?.[lng]);
    for (const ns of NAMESPACES) instance.addResourceBundle(lng, ns, bundle[ns]);
  }
  await instance.changeLanguage(lng);
}
