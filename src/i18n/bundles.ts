/**
 * Wording per language. French, the reference, is bundled; others are
 * loaded only when asked for.
 */
import frQuestionnaire from '../../locales/fr/questionnaire.json';
import frRecommendations from '../../locales/fr/recommendations.json';
import frStudy from '../../locales/fr/study.json';
import frUi from '../../locales/fr/ui.json';
import type { Language } from './languages';

export type Bundle = Record<'ui' | 'questionnaire' | 'recommendations' | 'study', Record<string, unknown>>;

const fr: Bundle = { ui: frUi, questionnaire: frQuestionnaire, recommendations: frRecommendations, study: frStudy };

const loaders: Record<Language, () => Bundle | Promise<Bundle>> = {
  fr: () => fr,
};

/** Synchronous for bundled languages, so the first screen renders at once. */
export function bundleFor(lng: Language): Bundle | Promise<Bundle> {
  return loaders[lng]();
}
