/**
 * The frame of every numbered step: a heading (focused by the app when the
 * step changes), "Étape n sur N" with a progress bar, the content, and
 * previous / next buttons.
 */
import type { ComponentChildren } from 'preact';
import { useWidget } from './context';
import { neighbours, stepPosition, type Step } from '../core/steps';

interface Props {
  readonly step: Step;
  readonly title: string;
  readonly intro?: string | undefined;
  /** Shown above the buttons, e.g. how many questions are left. */
  readonly status?: string | undefined;
  readonly nextLabel?: string;
  readonly children: ComponentChildren;
}

export function StepFrame({ step, title, intro, status, nextLabel, children }: Props) {
  const { t, store, content } = useWidget();
  const position = stepPosition(content.questionnaire, step);
  const { previous, next } = neighbours(content.questionnaire, step);
  return (
    <section class="sd-step" aria-labelledby={`${step}-title`}>
      {position && (
        <div class="sd-progress">
          <p class="sd-progress__text">{t('progress.step', { index: position.index, total: position.total })}</p>
          <progress class="sd-progress__bar" max={position.total} value={position.index} aria-hidden="true" />
        </div>
      )}
      <h2 class="sd-step__title" id={`${step}-title`} tabIndex={-1} data-step-heading>
        {title}
      </h2>
      {intro && <p class="sd-step__intro">{intro}</p>}
      {children}
      {status && <p class="sd-step__status">{status}</p>}
      <nav class="sd-nav" aria-label={t('nav.label')}>
        {previous && (
          <button type="button" class="sd-button sd-button--secondary" onClick={() => store.getState().goTo(previous)}>
            {t('nav.previous')}
          </button>
        )}
        {next && (
          <button type="button" class="sd-button" onClick={() => store.getState().goTo(next)}>
            {nextLabel ?? t('nav.next')}
          </button>
        )}
      </nav>
    </section>
  );
}
