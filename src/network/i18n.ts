/**
 * The network page's wording: its own namespace plus the dimension titles
 * and structure types of the questionnaire, both languages bundled (a page
 * for a network's staff, not for every visitor).
 */
import { createInstance, type i18n as I18n } from 'i18next';
import enNetwork from '../../locales/en/network.json';
import { dimensions as enDimensions, profile as enProfile } from '../../locales/en/questionnaire.json';
import frNetwork from '../../locales/fr/network.json';
import { dimensions as frDimensions, profile as frProfile } from '../../locales/fr/questionnaire.json';

export type PageLanguage = 'fr' | 'en';

export function createPageI18n(lng: PageLanguage): I18n {
  const instance = createInstance();
  void instance.init({
    lng,
    fallbackLng: false,
    ns: ['network', 'questionnaire'],
    defaultNS: 'network',
    resources: {
      fr: { network: frNetwork, questionnaire: { dimensions: frDimensions, profile: frProfile } },
      en: { network: enNetwork, questionnaire: { dimensions: enDimensions, profile: enProfile } },
    },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    missingKeyHandler: (lngs, ns, key) => console.warn(`[network] missing wording ${String(lngs)} ${ns}:${key}`),
    saveMissing: true,
  });
  return instance;
}

/** `?lang=en`, else the browser's first language, else French. */
export function pageLanguage(search: string, languages: readonly string[]): PageLanguage {
  const asked = new URLSearchParams(search).get('lang') ?? languages[0] ?? 'fr';
  return asked.toLowerCase().startsWith('en') ? 'en' : 'fr';
}
