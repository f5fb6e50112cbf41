/**
 * Gives the views the language the store says is shown (switching keeps
 * answers and step, which live in the store too; the store also remembers
 * the choice, so resuming comes back in it), once its wording is loaded.
 */
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { createFormatters } from '../i18n/format';
import { toLanguage, type Language } from '../i18n/languages';
import type { Translator } from '../i18n/translator';
import { App } from '../ui/App';
import { WidgetContext, type WidgetContextValue } from '../ui/context';

type Fixed = Omit<WidgetContextValue, 't' | 'lng' | 'fmt' | 'setLanguage' | 'languageFailed' | 'addWording'>;

interface Props {
  readonly i18n: Translator;
  readonly initialLanguage: Language;
  readonly changeLanguage: (lng: Language) => Promise<void>;
  readonly fixed: Fixed;
}

export function WidgetRoot({ i18n, initialLanguage, changeLanguage, fixed }: Props) {
  const { store } = fixed;
  const shown = () => toLanguage(store.getState().shownLanguage) ?? initialLanguage;
  const [lng, follow] = useState(shown);
  useLayoutEffect(() => store.subscribe(() => follow(shown)), [store]);
  const [languageFailed, setLanguageFailed] = useState(false);
  const value = useMemo<WidgetContextValue>(
    () => ({
      ...fixed,
      lng,
      t: i18n.getFixedT(lng),
      fmt: createFormatters(lng),
      languageFailed,
      addWording: (l, ns, resources) => void i18n.addResourceBundle(l, ns, resources, true, false),
      setLanguage: (next) =>
        void changeLanguage(next).then(
          () => {
            setLanguageFailed(false);
            store.getState().setLanguage(next);
          },
          (error: unknown) => {
            console.warn('[siae-diagnostic] language unavailable', next, error);
            setLanguageFailed(true);
          },
        ),
    }),
    [lng, languageFailed, fixed, store, i18n, changeLanguage],
  );
  return (
    <WidgetContext.Provider value={value}>
      <App />
    </WidgetContext.Provider>
  );
}
