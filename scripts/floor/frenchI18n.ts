/**
 * The floors' i18next: a private instance holding the whole French wording
 * (which the budgets count), initialised synchronously as the widget's is.
 */
import { createInstance, type i18n as I18n } from 'i18next';
import questionnaire from '../../locales/fr/questionnaire.json';
import recommendations from '../../locales/fr/recommendations.json';
import study from '../../locales/fr/study.json';
import ui from '../../locales/fr/ui.json';

export function frenchI18n(): I18n {
  const i18n = createInstance();
  void i18n.init({
    lng: 'fr',
    fallbackLng: false,
    ns: ['ui', 'questionnaire', 'recommendations', 'study'],
    defaultNS: 'ui',
    resources: { fr: { ui, questionnaire, recommendations, study } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18n;
}
