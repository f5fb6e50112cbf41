/**
 * One translator for the widget's whole life, whatever reads the wording underneath: the first
 * screens' reader, then i18next once results.js has brought it (`takeOver`). Views keep the same
 * `t` and `addWording`; each call goes to whoever reads now, so nothing added in between is lost.
 */
import type { TFunction } from 'i18next';
import type { Language } from './languages';
import type { Reader } from './reader';
import type { I18nOptions, Translator } from './translator';

/** createI18n's shape (i18n/createI18n.ts, in results.js). */
export type CreateTranslator = (lng: Language, bundle: Record<string, Record<string, unknown>>, options: I18nOptions) => Translator;

export interface HandedTranslator extends Translator {
  /** i18next takes over, with every language and namespace read so far; later calls change nothing. */
  takeOver(create: CreateTranslator): void;
}

export function handOver(reader: Reader, options: I18nOptions): HandedTranslator {
  let current: Translator = reader;
  let taken = false;
  // One `t` per language and reader: i18next's getFixedT makes a new function on each call.
  let fixed = new Map<string, TFunction>();
  const tFor = (lng: string): TFunction => fixed.get(lng) ?? (fixed.set(lng, current.getFixedT(lng)), fixed.get(lng)!);
  const handed: HandedTranslator = {
    get language() {
      return current.language;
    },
    hasResourceBundle: (lng, ns) => current.hasResourceBundle(lng, ns),
    addResourceBundle: (lng, ns, resources, deep, overwrite) => current.addResourceBundle(lng, ns, resources, deep, overwrite),
    changeLanguage: (lng) => current.changeLanguage(lng),
    getFixedT: (lng) => ((key: string, opts?: object) => tFor(lng)(key, opts as never)) as TFunction,
    takeOver(create) {
      if (taken) return;
      taken = true;
      const next = create(reader.language as Language, {}, options);
      // First added first, merged without overwriting: i18next then holds what the reader read.
      for (const [lng, namespaces] of Object.entries(reader.resources)) {
        for (const [ns, trees] of Object.entries(namespaces)) for (const tree of trees) next.addResourceBundle(lng, ns, tree, true, false);
      }
      current = next;
      fixed = new Map();
    },
  };
  return handed;
}
