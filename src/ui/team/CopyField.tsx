/** A read-only link to copy, with a copy button and a status line (invitation, reply). */
import { useState } from 'preact/hooks';
import { useWidget } from '../context';

interface Props {
  readonly label: string;
  readonly copyLabel: string;
  readonly value: string;
}

export function CopyField({ label, copyLabel, value }: Props) {
  const { t } = useWidget();
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(t('team:reply.copied'));
    } catch {
      // Clipboard refused (permissions, insecure context): the field stays selectable.
      setStatus(t('team:reply.copyFailed'));
    }
  };
  return (
    <div class="sd-share">
      <label class="sd-field__label">
        {label}
        <input class="sd-input" type="text" readOnly value={value} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
      </label>
      <button type="button" class="sd-button sd-button--secondary" onClick={() => void copy()}>
        {copyLabel}
      </button>
      <p role="status" class="sd-transfer__message">{status}</p>
    </div>
  );
}
