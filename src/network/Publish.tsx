/**
 * The network's name and threshold, and what leaves the page: the benchmark
 * file for the widget (download) and the printed report.
 */
import { useState } from 'preact/hooks';
import { toBenchmarkFile, type NetworkSummary } from '../core/network';
import { fileDay } from '../ui/common/fileDay';
import { downloadText } from '../ui/transfer/download';
import { usePage } from './context';

interface Props {
  readonly summary: NetworkSummary;
  readonly name: string;
  readonly onName: (name: string) => void;
  readonly threshold: string;
  readonly onThreshold: (value: string) => void;
}

/** "YYYY-MM" of today: nothing finer than the month leaves the page. */
const thisMonth = (now: Date) => fileDay(now).slice(0, 7);

export function Publish({ summary, name, onName, threshold, onThreshold }: Props) {
  const { t } = usePage();
  const [done, setDone] = useState('');
  const file = toBenchmarkFile(summary, {
    publisher: name,
    title: t('export.fileTitle', { name: name.trim() }),
    method: (count) => t('export.methodText', { count }),
    reviewedAt: thisMonth(new Date()),
  });
  const slug = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  const download = () => {
    if (!file) return;
    const filename = `reference-reseau-${slug || 'reseau'}-${thisMonth(new Date())}.json`;
    downloadText(document.body, filename, JSON.stringify(file, null, 2));
    setDone(t('export.downloaded', { file: filename }));
  };
  const why = name.trim() === '' ? t('export.needName') : file === null ? t('export.needGroup', { count: summary.threshold }) : '';
  return (
    <section class="nw-noprint" aria-labelledby="nw-publish-title">
      <h2 id="nw-publish-title">{t('export.title')}</h2>
      <fieldset>
        <legend>{t('settings.legend')}</legend>
        <label for="nw-name">{t('settings.name')}</label>
        <input id="nw-name" type="text" maxLength={120} autoComplete="organization" value={name} onInput={(e) => onName(e.currentTarget.value)} />
        <label for="nw-threshold">{t('settings.threshold')}</label>
        <input
          id="nw-threshold"
          type="number"
          min={5}
          step={1}
          inputMode="numeric"
          aria-describedby="nw-threshold-help"
          value={threshold}
          onInput={(e) => onThreshold(e.currentTarget.value)}
        />
        <p id="nw-threshold-help" class="nw-muted">{t('settings.thresholdHelp')}</p>
      </fieldset>
      <p class="nw-muted">{t('export.help')}</p>
      {why && <p id="nw-publish-why">{why}</p>}
      <div class="nw-buttons">
        <button type="button" onClick={download} disabled={file === null} aria-describedby={why ? 'nw-publish-why' : undefined}>
          {t('export.download')}
        </button>
        <button type="button" class="nw-secondary" onClick={() => window.print()}>
          {t('export.print')}
        </button>
      </div>
      <p role="status">{done}</p>
    </section>
  );
}
