/**
 * A private i18next instance per widget, so a host page that uses i18next
 * itself is never touched, and nothing is written to storage. It comes with
 * results.js and takes over from the first screens' reader (reader.ts).
 */
import { createInstance, type i18n as I18n } from 'i18next';
import type { Language } from './languages';
import { LATE_NAMESPACES, NAMESPACES } from './bundles';
import { partnerText, type I18nOptions } from './translator';

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
    return partnerText(translator.options?.partnerTexts, options.lng ?? translator.language ?? '', String(key).replace(/^ui:/, '')) ?? value;
  },
};

/** Synchronous: the bundle is already loaded (see `bundleFor`). */
export function createI18n(lng: Language, bundle: Readonly<Record<string, Record<string, unknown> | undefined>>, options: I18nOptions = {}): I18n {
  const instance = createInstance().use(partnerTexts);
  void instance.init({
    lng,
    fallbackLng: false,
    ns: [...NAMESPACES, ...LATE_NAMESPACES],
    defaultNS: 'ui',
    // The results screens' keys (`results.print`…) live in `resultsUi`, which comes with results.js:
    // looked up there when `ui` has not got them, so views keep one key whichever file holds it.
    fallbackNS: 'resultsUi',
    resources: { [lng]: bundle as Record<string, Record<string, unknown>> },
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
