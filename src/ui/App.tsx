/**
 * The widget's frame: a header, a notice when saved data had problems or
 * storage is unavailable, the current step, and a polite live region that
 * announces step changes to screen readers.
 */
import { useEffect, useRef } from 'preact/hooks';
import { useWidget } from './context';
import { Notices } from './Notices';
import { dimensionOfStep, isKnownStep, stepPosition, type Step } from '../core/steps';
import { StepView } from './StepView';
import { shownStep } from '../store/diagnosticStore';
import { useDiagnostic } from './useDiagnostic';
import { LanguageSwitch } from './LanguageSwitch';
import { prefetchResults } from './ResultsLazy';
import { useOwnPage } from './useOwnPage';

export function App() {
  const { t, content, partnerContent, emit, lng, pageTitle, nonce } = useWidget();
  const rawStep = useDiagnostic(shownStep);
  const step: Step = isKnownStep(content.questionnaire, rawStep) ? rawStep : 'welcome';
  const root = useRef<HTMLDivElement>(null);
  const firstStep = useRef<Step | ''>(step);
  const position = stepPosition(content.questionnaire, step);

  // The results' code is not needed for the first screen: fetched once the browser is idle. With it,
  // the partner's resources and benchmark are checked, so a warning about them comes then.
  useEffect(() => prefetchResults(nonce, (results) => void results.fullContent(content, partnerContent)), [partnerContent]);

  useEffect(() => {
    // Focus moves only on a change of step, never on first display, so an
    // embedded widget does not steal focus from its host page.
    if (step === firstStep.current) return;
    firstStep.current = '';
    root.current?.querySelector<HTMLElement>('[data-step-heading]')?.focus();
    root.current?.scrollIntoView?.({ block: 'start' });
    if (position) emit({ type: 'step', step, index: position.index, total: position.total });
  }, [step]);

  const announcement = position
    ? t('progress.announce', { index: position.index, total: position.total, title: stepTitle(step, t) })
    : step === 'results'
      ? t('results.title')
      : '';
  const page = announcement || (step === 'shared' ? t('shared.title') : '');
  useOwnPage(pageTitle, page ? t('app.documentTitle', { page }) : t('app.title'), lng);

  return (
    <div class="sd-root" lang={lng} ref={root}>
      <header class="sd-header">
        {pageTitle ? <h1 class="sd-brand">{t('app.title')}</h1> : <p class="sd-brand">{t('app.title')}</p>}
        <LanguageSwitch />
      </header>
      <Notices />
      <main class="sd-main">
        <StepView step={step} />
      </main>
      <p class="sd-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}

function stepTitle(step: Step, t: (key: string) => string): string {
  if (step === 'profile') return t('profile.title');
  if (step === 'review') return t('review.title');
  const dimension = dimensionOfStep(step);
  return dimension === null ? '' : t(`questionnaire:dimensions.${dimension}.title`);
}
