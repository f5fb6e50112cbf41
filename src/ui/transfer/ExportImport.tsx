/**
 * "Télécharger mes réponses" and "Importer des réponses". An import never
 * touches the current answers until the user chooses: replace them, or keep
 * the file as the earlier diagnostic to measure progress against.
 */
import { useRef, useState } from 'preact/hooks';
import { MAX_EXPORT_CHARS, parseExport, serializeExport, type ParseOutcome } from '../../core/transfer';
import { useOwnResult } from '../common/useResult';
import { useOwnPlan } from '../common/usePlan';
import { useWidget } from '../context';
import { useDiagnostic } from '../useDiagnostic';
import { downloadText, exportFilename } from './download';

type Loaded = Extract<ParseOutcome, { ok: true }>;

export function ExportImport() {
  const { t, fmt, store, content } = useWidget();
  const state = useDiagnostic((s) => s);
  const { plan } = useOwnPlan(useOwnResult().result);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [message, setMessage] = useState('');
  const anchor = useRef<HTMLDivElement>(null);

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
    // Checked before reading, so a huge file is never loaded into memory.
    const outcome = file.size > MAX_EXPORT_CHARS ? ({ ok: false, error: 'tooLarge' } as const) : parseExport(await file.text(), content.questionnaire);
    if (!outcome.ok) return setMessage(t(`transfer.importError.${outcome.error}`));
    setMessage('');
    setLoaded(outcome);
  };

  const finish = (text: string) => {
    setLoaded(null);
    setMessage(text);
  };

  return (
    <div class="sd-transfer" ref={anchor}>
      <h4>{t('transfer.fileTitle')}</h4>
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
      <p role="status" class="sd-transfer__message">{message}</p>
      {loaded && (
        <div class="sd-confirm" role="group" aria-label={t('transfer.importChoice')}>
          <p class="sd-confirm__question">
            {t('transfer.importSummary', { count: Object.keys(loaded.data.answers).length, date: fmt.date(loaded.data.exportedAt) })}
            {loaded.reasked > 0
              ? ` ${t('transfer.importRevised')}`
              : loaded.dropped.length > (loaded.adjusted?.length ?? 0) && ` ${t('transfer.importDropped', { count: loaded.dropped.length - (loaded.adjusted?.length ?? 0) })}`}
            {(loaded.adjusted?.length ?? 0) > 0 && ` ${t('transfer.importAdjusted')}`}
          </p>
          <button type="button" class="sd-button" onClick={() => {
              store.getState().replaceAll(loaded.data.profile, loaded.data.answers, loaded.data.plan);
              if (loaded.data.structureName) store.getState().setStructureName(loaded.data.structureName);
              finish(t('transfer.replaced'));
            }}>
            {t('transfer.replace')}
          </button>
          <button type="button" class="sd-button sd-button--secondary" onClick={() => {
              const { profile, answers, exportedAt } = loaded.data;
              store.getState().setEarlier({ profile, answers, date: exportedAt.toISOString(), plan: loaded.data.plan ?? [] });
              finish(t('transfer.compared'));
            }}>
            {t('transfer.compare')}
          </button>
          <button type="button" class="sd-button sd-button--secondary" onClick={() => finish('')}>
            {t('common.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
