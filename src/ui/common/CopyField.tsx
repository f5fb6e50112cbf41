/** A read-only link to copy, with a copy button and a status line (share link, invitation, reply). */
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { useWidget } from '../context';

interface Props {
  readonly label: string;
  readonly copyLabel: string;
  readonly value: string;
  /** To move focus to the link once it is made. */
  readonly inputRef?: Ref<HTMLInputElement>;
}

export function CopyField({ label, copyLabel, value, inputRef }: Props) {
  const { t } = useWidget();
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(t('transfer.copied'));
    } catch {
      // Clipboard refused (permissions, insecure context): the field stays selectable.
      setStatus(t('transfer.copyFailed'));
    }
  };
  return (
    <div class="sd-share">
      <label class="sd-field__label">
        {label}
        <input ref={inputRef ?? null} class="sd-input" type="text" readOnly value={value} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
      </label>
      <button type="button" class="sd-button sd-button--secondary" onClick={() => void copy()}>
        {copyLabel}
      </button>
      <p role="status" class="sd-transfer__message">{status}</p>
    </div>
  );
}
