/**
 * What to do with an imported file. A file older than the current answers
 * offers "Comparer" first. Replacing answers there are is asked twice,
 * inline (`window.confirm` is blocked in sandboxed frames), saying the date
 * of what would be lost; focus follows each step, never to <body>.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ParseOutcome } from '../../core/transfer';
import { isOlderFile } from '../../store/replaceUndo';
import { useWidget } from '../context';

export type Loaded = Extract<ParseOutcome, { ok: true }>;

interface Props {
  readonly loaded: Loaded;
  /** When the answers a replace would lose last changed (ISO), or null: nothing to lose. */
  readonly changedAt: string | null;
  readonly onReplace: () => void;
  readonly onCompare: () => void;
  readonly onCancel: () => void;
}

export function ImportChoice({ loaded, changedAt, onReplace, onCompare, onCancel }: Props) {
  const { t, fmt } = useWidget();
  const [confirming, setConfirming] = useState(false);
  // Each step replaces the buttons: focus goes to the question, or back to "Remplacer".
  const moved = useRef(false);
  const question = useRef<HTMLParagraphElement>(null);
  const replaceButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (moved.current) (confirming ? question : replaceButton).current?.focus();
    moved.current = false;
  }, [confirming]);
  const ask = (next: boolean) => {
    moved.current = true;
    setConfirming(next);
  };
  const { data, dropped, adjusted = [], reasked } = loaded;
  const older = isOlderFile(data.exportedAt, changedAt);
  const compare = (
    <button type="button" class={`sd-button${older ? '' : ' sd-button--secondary'}`} onClick={onCompare}>
      {t('transfer.compare')}
    </button>
  );
  return (
    <div class="sd-confirm" role="group" aria-label={t('transfer.importChoice')}>
      {confirming ? (
        <>
          <p class="sd-confirm__question" tabIndex={-1} ref={question}>
            {t('transfer.replaceConfirm', { date: fmt.date(new Date(changedAt ?? 0)) })}
          </p>
          <button type="button" class="sd-button sd-button--danger" onClick={onReplace}>
            {t('transfer.replaceYes')}
          </button>
        </>
      ) : (
        <>
          <p class="sd-confirm__question">
            {t('transfer.importSummary', { count: Object.keys(data.answers).length, date: fmt.date(data.exportedAt) })}
            {older && ` ${t('transfer.importOlder')}`}
            {reasked > 0
              ? ` ${t('transfer.importRevised')}`
              : dropped.length > adjusted.length && ` ${t('transfer.importDropped', { count: dropped.length - adjusted.length })}`}
            {adjusted.length > 0 && ` ${t('transfer.importAdjusted')}`}
          </p>
          {older && compare}
          <button type="button" ref={replaceButton} class={`sd-button${older ? ' sd-button--secondary' : ''}`} onClick={() => (changedAt ? ask(true) : onReplace())}>
            {t('transfer.replace')}
          </button>
          {!older && compare}
        </>
      )}
      <button type="button" class="sd-button sd-button--secondary" onClick={() => (confirming ? ask(false) : onCancel())}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
