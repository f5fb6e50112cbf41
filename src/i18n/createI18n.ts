/**
 * A private i18next instance per widget, so a host page that uses i18next
 * itself is never touched, and nothing is written to storage.
 */
import { createInstance, type i18n as I18n } from 'i18next';
import type { Language } from './languages';
import { bundleFor, LATE_NAMESPACES, NAMESPACES, type Bundle } from './bundles';

export interface I18nOptions {
  /** Per-language overrides of a few texts, rendered as text, never HTML. */
  readonly overrides?: Partial<Record<Language, Partial<Record<OverridableKey, string>>>>;
  /** Called for every key missing at run time (tests fail on it). */
  readonly onMissingKey?: (lng: string, key: string) => void;
}

/** The only texts a partner may replace, per language. */
export const OVERRIDABLE_KEYS = ['welcome.title', 'welcome.intro', 'sheet.contact'] as const;
export type OverridableKey = (typeof OVERRIDABLE_KEYS)[number];

type Overrides = I18nOptions['overrides'];

/**
 * Partner texts are shown literally: kept out of the bundles (where i18next
 * would read `$t(…)` or `{{…}}` in them) and put in place of the finished
 * wording by a post-processor, which finds them in its instance's options.
 */
const PARTNER_TEXTS = 'siaePartnerTexts';
const partnerTexts = {
  type: 'postProcessor' as const,
  name: PARTNER_TEXTS,
  process(value: string, key: string | string[], options: { lng?: string }, translator: { language?: string; options?: { partnerTexts?: Overrides } }): string {
    const lng = (options.lng ?? translator.language ?? '') as Language;
    const id = String(key).replace(/^ui:/, '') as OverridableKey;
    const text = OVERRIDABLE_KEYS.includes(id) ? Object(translator.options?.partnerTexts?.[lng])[id] : undefined;
    return typeof text === 'string' && text.trim() !== '' ? text : value;
  },
};

/** Synchronous: the bundle is already loaded (see `bundleFor`). */
export function createI18n(lng: Language, bundle: Bundle, options: I18nOptions = {}): I18n {
  const instance = createInstance().use(partnerTexts);
  void instance.init({
    lng,
    fallbackLng: false,
    ns: [...NAMESPACES, ...LATE_NAMESPACES],
    defaultNS: 'ui',
    // The results screens' keys (`results.print`…) live in `resultsUi`, which comes with results.js:
    // looked up there when `ui` has not got them, so views keep one key whichever file holds it.
    fallbackNS: 'resultsUi',
    resources: { [lng]: bundle },
    postProcess: [PARTNER_TEXTS],
    ...({ partnerTexts: options.overrides } as object),
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
    const bundle = await bundleFor(lng);
    // A fetched file holds the late namespaces too: all are added (French gets those with the code).
    for (const ns of [...NAMESPACES, ...LATE_NAMESPACES]) if (bundle[ns]) instance.addResourceBundle(lng, ns, bundle[ns]);
  }
  await instance.changeLanguage(lng);
}
