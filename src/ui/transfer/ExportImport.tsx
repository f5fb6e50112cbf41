/**
 * "Télécharger mes réponses" and "Importer des réponses". An import never
 * touches the current answers until the user chooses (see `ImportChoice`):
 * replace them, or keep the file as the earlier diagnostic to measure
 * progress against. A replace can be undone once, until the answers change
 * again or the screen is left (not across a reload: the replaced answers are
 * what is saved, as the user confirmed).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_EXPORT_CHARS, parseExport, serializeExport } from '../../core/transfer';
import { answersChangedAt, savedKey } from '../../store/replaceUndo';
import { toSaved, type SavedState } from '../../store/savedState';
import { useOwnResult } from '../common/useResult';
import { useOwnPlan } from '../common/usePlan';
import { useWidget } from '../context';
import { useDiagnostic } from '../useDiagnostic';
import { downloadText, exportFilename } from './download';
import { ImportChoice, type Loaded } from './ImportChoice';

interface Undo {
  readonly previous: SavedState;
  /** What is saved right after the replace: once anything saved changes, the undo is gone. */
  readonly after: string;
}

export function ExportImport() {
  const { t, store, content } = useWidget();
  const state = useDiagnostic((s) => s);
  const { plan } = useOwnPlan(useOwnResult().result);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [message, setMessage] = useState('');
  const [undo, setUndo] = useState<Undo | null>(null);
  const anchor = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  // Derived: a change to the answers stamps `updatedAt`, so after one it never matches again.
  const undoable = undo !== null && savedKey(state) === undo.after;
  // A control that removed itself hands focus to the new message, or to the heading.
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) (message ? status : heading).current?.focus();
    moved.current = false;
  });

  const download = () => {
    const now = new Date();
    const text = serializeExport({ questionnaire: content.questionnaire, profile: state.profile, answers: state.answers, structureName: state.structureName, savedAt: now, plan });
    downloadText(anchor.current ?? document.body, exportFilename(state.structureName, now), text);
  };

  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    setLoaded(null);
    if (!file) return;
    setUndo(null);
    // Checked before reading, so a huge file is never loaded into memory.
    const outcome = file.size > MAX_EXPORT_CHARS ? ({ ok: false, error: 'tooLarge' } as const) : parseExport(await file.text(), content.questionnaire);
    if (!outcome.ok) return setMessage(t(`transfer.importError.${outcome.error}`));
    setMessage('');
    setLoaded(outcome);
  };

  const finish = (text: string) => {
    moved.current = true;
    setLoaded(null);
    setMessage(text);
  };

  const replace = ({ data }: Loaded) => {
    const previous = toSaved(store.getState());
    store.getState().replaceAll(data.profile, data.answers, data.plan);
    if (data.structureName) store.getState().setStructureName(data.structureName);
    if (answersChangedAt(previous)) setUndo({ previous, after: savedKey(store.getState()) });
    finish(t('transfer.replaced'));
  };

  return (
    <div class="sd-transfer" ref={anchor}>
      <h4 tabIndex={-1} ref={heading}>{t('transfer.fileTitle')}</h4>
      <p>{t('transfer.fileIntro')}</p>
      <div class="sd-nav">
        <button type="button" class="sd-button sd-button--secondary" onClick={download}>
          {t('transfer.download')}
        </button>
        <label class="sd-button sd-button--secondary sd-file">
          {t('transfer.import')}
          <input type="file" accept="application/json,.json" class="sd-visually-hidden" onChange={(e) => void read(e.currentTarget as HTMLInputElement)} />
        </label>
      </div>
      <p role="status" class="sd-transfer__message" tabIndex={-1} ref={status}>{message}</p>
      {undoable && (
        <button type="button" class="sd-button sd-button--secondary" onClick={() => {
            store.getState().restore(undo.previous);
            setUndo(null);
            finish(t('transfer.undone'));
          }}>
          {t('transfer.undo')}
        </button>
      )}
      {loaded && (
        <ImportChoice loaded={loaded} changedAt={answersChangedAt(state)} onReplace={() => replace(loaded)} onCancel={() => finish('')}
          onCompare={() => {
            const { profile, answers, exportedAt } = loaded.data;
            store.getState().setEarlier({ profile, answers, date: exportedAt.toISOString(), plan: loaded.data.plan ?? [] });
            finish(t('transfer.compared'));
          }} />
      )}
    </div>
  );
}
