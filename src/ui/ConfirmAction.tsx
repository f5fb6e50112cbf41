/**
 * A destructive action asked twice, inline: `window.confirm` is blocked in
 * sandboxed frames and cannot be styled or translated.
 */
import { useRef, useState } from 'preact/hooks';

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
  // Each button replaces itself: focus follows (the question, or the button again), never <body>.
  const moved = useRef(false);
  const opener = useRef<HTMLButtonElement | null>(null);
  const focusIfMoved = (node: HTMLElement | null) => {
    if (node && moved.current) {
      moved.current = false;
      node.focus();
    }
  };
  const ask = (next: boolean) => {
    moved.current = true;
    setAsking(next);
  };
  if (!asking) {
    return (
      <button
        type="button"
        ref={(node) => {
          opener.current = node;
          focusIfMoved(node);
        }}
        class={variant === 'link' ? 'sd-link' : 'sd-button sd-button--secondary'} onClick={() => ask(true)}>
        {label}
      </button>
    );
  }
  const confirm = (e: Event) => {
    const root = (e.currentTarget as HTMLElement).getRootNode() as ParentNode;
    setAsking(false);
    onConfirm();
    // If confirming removed this control too (erase), the step's heading takes focus.
    setTimeout(() => {
      if (!opener.current?.isConnected) root.querySelector<HTMLElement>('[data-step-heading]')?.focus();
    }, 0);
  };
  return (
    <div class="sd-confirm" role="group" aria-label={label}>
      <p class="sd-confirm__question" role="alert" tabIndex={-1} ref={focusIfMoved}>
        {question}
      </p>
      <button type="button" class="sd-button sd-button--danger" onClick={confirm}>
        {confirmLabel}
      </button>
      <button type="button" class="sd-button sd-button--secondary" onClick={() => ask(false)}>
        {cancelLabel}
      </button>
    </div>
  );
}
