/**
 * Choosing or dropping many export files at once, and pasting links. Files
 * far too large are refused on their size, without being read.
 */
import { useState } from 'preact/hooks';
import { MAX_EXPORT_CHARS } from '../core/transfer';
import { usePage } from './context';

export interface RawInput {
  readonly name: string;
  /** Null: refused before reading. */
  readonly text: string | null;
}

/** UTF-8 takes at most 4 bytes a character: past this, the text is too long anyway. */
const MAX_FILE_BYTES = MAX_EXPORT_CHARS * 4;

async function readFiles(files: FileList | null): Promise<RawInput[]> {
  return Promise.all(
    [...(files ?? [])].map(async (f) => ({ name: f.name, text: f.size > MAX_FILE_BYTES ? null : await f.text().catch(() => '') })),
  );
}

export function InputPanel({ onInputs, onClear }: { readonly onInputs: (inputs: RawInput[]) => void; readonly onClear: () => void }) {
  const { t } = usePage();
  const [links, setLinks] = useState('');
  /** Links are named "lien 1", "lien 2"… in the order they were added: a link holds answers, never shown. */
  const [linkCount, setLinkCount] = useState(0);
  const [dragging, setDragging] = useState(false);
  const addLinks = () => {
    const lines = links.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    onInputs(lines.map((text, i) => ({ name: t('rejected.link', { index: linkCount + i + 1 }), text })));
    setLinks('');
    setLinkCount((n) => n + lines.length);
  };
  return (
    <fieldset class="nw-input nw-noprint">
      <legend>{t('input.legend')}</legend>
      <div
        class={`nw-drop${dragging ? ' nw-drop--over' : ''}`}
        onDragOver={(e) => (e.preventDefault(), setDragging(true))}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void readFiles(e.dataTransfer?.files ?? null).then(onInputs);
        }}
      >
        <label for="nw-files">{t('input.files')}</label>
        <input
          id="nw-files"
          type="file"
          multiple
          accept=".json,application/json"
          onChange={(e) => {
            const input = e.currentTarget;
            void readFiles(input.files).then((read) => {
              onInputs(read);
              input.value = '';
            });
          }}
        />
        <p class="nw-muted">{t('input.drop')}</p>
      </div>
      <label for="nw-links">{t('input.links')}</label>
      <textarea id="nw-links" rows={4} value={links} onInput={(e) => setLinks(e.currentTarget.value)} />
      <div class="nw-buttons">
        <button type="button" onClick={addLinks} disabled={links.trim() === ''}>
          {t('input.addLinks')}
        </button>
        <button type="button" class="nw-secondary" onClick={() => (setLinkCount(0), onClear())}>
          {t('input.clear')}
        </button>
      </div>
    </fieldset>
  );
}
