import { LANGUAGES } from '../i18n/languages';
import { useWidget } from './context';

/** A visible language switch; switching keeps the answers and the step. */
export function LanguageSwitch() {
  const { t, lng, setLanguage, languageFailed } = useWidget();
  if (LANGUAGES.length < 2) return null;
  return (
    <div class="sd-lang" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          class="sd-lang__button"
          lang={code}
          aria-pressed={code === lng}
          onClick={() => setLanguage(code)}
        >
          {t(`language.names.${code}`)}
        </button>
      ))}
      {languageFailed && (
        <p class="sd-lang__error" role="status">
          {t('language.failed')}
        </p>
      )}
    </div>
  );
}
