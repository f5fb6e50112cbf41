/**
 * The results step and the share-link step, whose code comes later
 * (`results.js` beside `embed.js`, fetched in idle time after the first
 * screen: see `prefetchResults`). Loaded already, it renders them at once;
 * otherwise the step's heading (focus lands there) and a status line; if
 * the code cannot be loaded, says so with a button to try again. Nothing
 * answered is lost: the store holds it all, this only draws it.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useWidget } from './context';
import { addModuleWording } from './late/addModuleWording';
import { LateStatus } from './late/LateStatus';
import { whenIdle } from './late/whenIdle';
import { loadResults, peekResults } from './results/loadResults';
import type { ResultsPart } from './results/ResultsScreen';
import type { ResultsModule } from './results/resultsModule';

export function ResultsLazy({ part }: { readonly part: ResultsPart }) {
  const widget = useWidget();
  const { t, nonce } = widget;
  const [loaded, setLoaded] = useState(() => {
    const module = peekResults();
    return module && addModuleWording(widget, module);
  });
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const headingHadFocus = useRef(false);
  useEffect(() => {
    if (loaded) return;
    let alive = true;
    setFailed(false);
    loadResults(nonce).then(
      (module) => {
        if (!alive) return;
        const root = heading.current?.getRootNode() as Document | ShadowRoot | undefined;
        headingHadFocus.current = !!heading.current && root?.activeElement === heading.current;
        setLoaded(addModuleWording(widget, module));
      },
      (error: unknown) => {
        console.warn('[siae-diagnostic] results code unavailable', error);
        if (alive) setFailed(true);
      },
    );
    return () => {
      alive = false;
    };
  }, [attempt]);
  // The placeholder's heading had focus: the real heading takes it in the same frame, so focus is never lost.
  useLayoutEffect(() => {
    if (loaded && headingHadFocus.current) box.current?.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  }, [loaded]);
  if (loaded) {
    return (
      <div ref={box}>
        <loaded.Screen widget={widget} part={part} />
      </div>
    );
  }
  return (
    <section class="sd-step sd-results" aria-labelledby="late-title">
      <h2 class="sd-step__title" id="late-title" tabIndex={-1} data-step-heading ref={heading}>
        {part === 'results' ? t('results.title') : t('shared.title')}
      </h2>
      <LateStatus failed={failed} loading={t('late.loading')} failure={t('late.failed')} retry={t('late.retry')} onRetry={() => setAttempt((n) => n + 1)} />
    </section>
  );
}

/**
 * Starts loading the results code when the browser is idle after the first screen (errors wait for
 * the results step). `then`: what to do with the code once in (the widget checks the partner's
 * content with it, and i18next takes over the wording), in an idle task of its own, not in the
 * one that runs results.js. Cancelling stops both.
 */
export function prefetchResults(nonce: string | null, then: (module: ResultsModule) => void): () => void {
  let alive = true;
  let cancel: () => void;
  const use = (module: ResultsModule) => {
    if (alive) cancel = whenIdle(() => then(module), 250);
  };
  const loaded = peekResults();
  cancel = loaded ? whenIdle(() => then(loaded), 250) : whenIdle(() => void loadResults(nonce).then(use, () => {}), 3000);
  return () => {
    alive = false;
    cancel();
  };
}
