/**
 * A destructive action asked twice, inline: `window.confirm` is blocked in
 * sandboxed frames and cannot be styled or translated.
 */
import { useState } from 'preact/hooks';

interface Props {
  readonly label: string;
  readonly question: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly onConfirm: () => void;
  readonly variant?: 'secondary' | 'link';
}

export function ConfirmAction({ label, question, confirmLabel, cancelLabel, onConfirm, variant = 'secondary' }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class={variant === 'link' ? 'sd-link' : 'sd-button sd-button--secondary'} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div class="sd-confirm" role="group" aria-label={label}>
      <p class="sd-confirm__question" role="alert">
        {question}
      </p>
      <button type="button" class="sd-button sd-button--danger" onClick={() => { setAsking(false); onConfirm(); }}>
        {confirmLabel}
      </button>
      <button type="button" class="sd-button sd-button--secondary" onClick={() => setAsking(false)}>
        {cancelLabel}
      </button>
    </div>
  );
}
