/**
 * The ES module (dist/module/) fetches a language it does not bundle from
 * `locales/` beside itself (import.meta.url), where the build writes it, and
 * not beside the page that imported it. (embed.js reads its own <script src>;
 * the browser tests cover it.)
 */
import { afterEach, expect, it, vi } from 'vitest';
import enInvite from '../../locales/en/invite.json';
import enQuestionnaire from '../../locales/en/questionnaire.json';
import enRecommendations from '../../locales/en/recommendations.json';
import enStudy from '../../locales/en/study.json';
import enResultsUi from '../../locales/en/resultsUi.json';
import enUi from '../../locales/en/ui.json';
import { mountWidget, useCleanPage } from './domHelpers';

useCleanPage();
afterEach(() => vi.unstubAllGlobals());

it('fetches English from locales/ beside the module, and shows it', async () => {
  const requested: string[] = [];
  const english = JSON.stringify({ ui: enUi, resultsUi: enResultsUi, questionnaire: enQuestionnaire, recommendations: enRecommendations, study: enStudy, invite: enInvite });
  vi.stubGlobal('fetch', async (url: URL | string) => {
    requested.push(String(url));
    return new Response(english, { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  const w = mountWidget({ lang: 'en' });
  expect(await w.screen.findByRole('button', { name: enUi.welcome.start })).toBeTruthy();
  // In the source tree the module is src/i18n/bundles.ts; in dist/ it is module/siae-diagnostic.js.
  expect(requested).toHaveLength(1);
  expect(new URL(requested[0] ?? '').pathname).toMatch(/\/src\/i18n\/locales\/en\.json$/);
  expect(requested[0]).not.toBe(new URL('locales/en.json', document.baseURI).href);
});
