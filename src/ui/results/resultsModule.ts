/**
 * What the late results code offers the embed: the results screen and the
 * read-only screen of a share link, with everything they pull in (plan,
 * print sheet, export, import, share links). One object, registered by
 * results.js on the embed's global, imported as a chunk elsewhere.
 */
import frRecommendations from '../../../locales/fr/recommendations.json';
import frResultsUi from '../../../locales/fr/resultsUi.json';
import frStudy from '../../../locales/fr/study.json';
import { createI18n } from '../../i18n/createI18n';
import type { CreateTranslator } from '../../i18n/handOver';
import { fullContent } from '../common/fullContent';
import css from './results.css?inline';
import { ResultsScreen } from './ResultsScreen';

export const resultsModule = {
  Screen: ResultsScreen,
  /** The whole content, for the team code too (one check of the partner's additions). */
  fullContent,
  /** i18next, which takes over from the first screens' reader (i18n/handOver.ts). */
  createI18n: createI18n satisfies CreateTranslator,
  /** Its styles, for the team code too (ResultsScreen adopts them itself). */
  css,
  /** Its French wording comes with it; other languages' files hold theirs (`i18n/bundles.ts`). */
  wording: { fr: { resultsUi: frResultsUi, recommendations: frRecommendations, study: frStudy } } as Readonly<Record<string, Readonly<Record<string, Record<string, unknown>>>>>,
};

export type ResultsModule = typeof resultsModule;
