/**
 * The first screens' translator, so that `embed.js` does not carry i18next (15.5 KB gzip of a
 * 45 KB first screen, issue 13). It reads the same wording with the i18next features our wording
 * uses, and only those: `ns:key` and `{ ns }`, nested keys, the `resultsUi` fallback namespace,
 * plurals by `count` (`_zero`, then `Intl.PluralRules`' form, then the key itself), `{{name}}`
 * unescaped, the partner's literal texts and the missing-key report. i18next takes over as soon
 * as `results.js` arrives (`createI18n`, in idle time after the first screen): every key of every
 * language is checked to read the same with both (`reader.test.ts`).
 */
import type { TFunction } from 'i18next';
import type { Language } from './languages';
import { partnerText, type I18nOptions, type Translator } from './translator';

type Tree = Record<string, unknown>;
type Options = { readonly ns?: string; readonly lng?: string; readonly count?: unknown } & Record<string, unknown>;

const DEFAULT_NS = 'ui';
/** As `fallbackNS` in createI18n.ts: the results' keys are looked up there when `ui` has not got them. */
const FALLBACK_NS = 'resultsUi';

const deepFind = (tree: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);

const plurals = new Map<string, Intl.PluralRules>();
const pluralForm = (lng: string, count: number): string => {
  let rules = plurals.get(lng);
  if (!rules) plurals.set(lng, (rules = new Intl.PluralRules(lng)));
  return rules.select(count);
};

/** `{{name}}` from the options; a name not given at all stays as written (i18next's `skipOnVariables`). */
const interpolate = (text: string, options: Options): string =>
  text.replace(/\{\{(.+?)\}\}/g, (whole, name: string) => {
    const id = name.trim();
    if (!Object.prototype.hasOwnProperty.call(options, id)) return whole;
    const value = options[id];
    return value === undefined || value === null ? '' : String(value);
  });

/** A translator that also shows what it holds, for i18next to take over (handOver.ts). */
export interface Reader extends Translator {
  /** Per language and namespace, the trees added, first added first: read as i18next merges them, never overwriting. */
  readonly resources: Readonly<Record<string, Record<string, readonly Tree[]>>>;
}

export function createReader(lng: Language, bundle: Readonly<Record<string, Tree | undefined>>, options: I18nOptions = {}): Reader {
  // Kept as given, not merged into a copy: nothing to walk or copy before the first screen.
  const resources: Record<string, Record<string, Tree[]>> = {};
  let language: string = lng;
  const reader: Reader = {
    get language() {
      return language;
    },
    resources,
    hasResourceBundle: (l, ns) => resources[l]?.[ns] !== undefined,
    addResourceBundle(l, ns, tree) {
      ((resources[l] ??= {})[ns] ??= []).push(tree);
      return reader;
    },
    async changeLanguage(next) {
      language = next;
    },
    getFixedT: (fixed) => translate.bind(null, fixed) as unknown as TFunction,
  };
  for (const [ns, tree] of Object.entries(bundle)) if (tree) reader.addResourceBundle(lng, ns, tree);

  function translate(fixed: string, key: string, opts: Options = {}): string {
    const l = opts.lng ?? fixed;
    const split = key.indexOf(':');
    const ns = split > 0 ? key.slice(0, split) : (opts.ns ?? DEFAULT_NS);
    const path = split > 0 ? key.slice(split + 1) : key;
    const count = typeof opts.count === 'number' ? opts.count : undefined;
    const candidates = count === undefined ? [path] : [...(count === 0 ? [`${path}_zero`] : []), `${path}_${pluralForm(l, count)}`, path];
    for (const n of ns === FALLBACK_NS ? [ns] : [ns, FALLBACK_NS]) {
      for (const candidate of candidates) {
        const found = resources[l]?.[n]?.map((tree) => deepFind(tree, candidate)).find((value) => value !== undefined);
        if (typeof found === 'string') return (ns === DEFAULT_NS ? partnerText(options.overrides, l, path) : undefined) ?? interpolate(found, opts);
      }
    }
    options.onMissingKey?.(l, `${ns}:${path}`);
    return path;
  }

  return reader;
}
