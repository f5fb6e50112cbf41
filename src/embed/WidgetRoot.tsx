/**
 * Holds what may change while the widget lives: the language (switching
 * keeps answers and step, which live in the store; the store also remembers
 * the choice, so resuming comes back in it).
 */
import type { i18n as I18n } from 'i18next';
import { useMemo, useState } from 'preact/hooks';
import { createFormatters } from '../i18n/format';
import type { Language } from '../i18n/languages';
import { App } from '../ui/App';
import { WidgetContext, type WidgetContextValue } from '../ui/context';

type Fixed = Omit<WidgetContextValue, 't' | 'lng' | 'fmt' | 'setLanguage' | 'languageFailed' | 'addWording'>;

interface Props {
  readonly i18n: I18n;
  readonly initialLanguage: Language;
  readonly changeLanguage: (lng: Language) => Promise<void>;
  readonly fixed: Fixed;
}

export function WidgetRoot({ i18n, initialLanguage, changeLanguage, fixed }: Props) {
  const [lng, setLng] = useState(initialLanguage);
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
            setLng(next);
            fixed.store.getState().setLanguage(next);
          },
          (error: unknown) => {
            console.warn('[siae-diagnostic] language unavailable', next, error);
            setLanguageFailed(true);
          },
        ),
    }),
    [lng, languageFailed, fixed, i18n, changeLanguage],
  );
  return (
    <WidgetContext.Provider value={value}>
      <App />
    </WidgetContext.Provider>
  );
}
