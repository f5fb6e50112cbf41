/**
 * Wording per language. French, the reference, is bundled so the first
 * screen renders at once; any other language is fetched only when asked
 * for, as one JSON file beside the script (`locales/<lng>.json`, written by
 * the build), so French visitors never download it.
 */
import frInvite from '../../locales/fr/invite.json';
import frQuestionnaire from '../../locales/fr/questionnaire.json';
import frUi from '../../locales/fr/ui.json';
import type { Language } from './languages';
import { scriptUrl } from './scriptUrl';

/** Wording of the first screens: in embed.js for French, and in every language's file. */
export const NAMESPACES = ['ui', 'questionnaire', 'invite'] as const;
/**
 * Wording that comes with the code that uses it, loaded later: the results
 * (`resultsUi`: results, sheet, plan, transfer; `recommendations`, `study`;
 * in results.js) and the team view (`team`, in team.js). French travels in
 * that code; other languages' files hold it too.
 */
export const LATE_NAMESPACES = ['resultsUi', 'recommendations', 'study', 'team'] as const;
export type LateNamespace = (typeof LATE_NAMESPACES)[number];
export type Bundle = Record<(typeof NAMESPACES)[number], Record<string, unknown>> & Partial<Record<LateNamespace, Record<string, unknown>>>;

const fr: Bundle = { ui: frUi, questionnaire: frQuestionnaire, invite: frInvite };

const loaded = new Map<Language, Bundle | Promise<Bundle>>([['fr', fr]]);

function isBundle(value: unknown): value is Bundle {
  const v = value as Record<string, unknown> | null;
  return typeof v === 'object' && v !== null && NAMESPACES.every((ns) => typeof v[ns] === 'object' && v[ns] !== null);
}

async function fetchBundle(lng: Language): Promise<Bundle> {
  const url = new URL(`locales/${lng}.json`, scriptUrl || document.baseURI);
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
  const json: unknown = await response.json();
  if (!isBundle(json)) throw new Error(`${url.href}: not a wording bundle`);
  return json;
}

/** Makes a language available without fetching it (tests, bundlers that inline it). */
export function registerBundle(lng: Language, bundle: Bundle): void {
  loaded.set(lng, bundle);
}

/** Synchronous for French and for languages already loaded. Rejects if a language cannot be loaded. */
export function bundleFor(lng: Language): Bundle | Promise<Bundle> {
  const known = loaded.get(lng);
  if (known) return known;
  const pending = fetchBundle(lng).then(
    (bundle) => (loaded.set(lng, bundle), bundle),
    (error: unknown) => {
      loaded.delete(lng);
      throw error;
    },
  );
  loaded.set(lng, pending);
  return pending;
}
