/** Keeping the team view: one file out and in, the team sheet, and erasing it from this browser. */
import { useRef, useState } from 'preact/hooks';
import { serializeTeamFile } from '../../core/team';
import type { SavedTeam } from '../../store/savedTeam';
import { ConfirmAction } from '../ConfirmAction';
import { useWidget } from '../context';
import { fileDay } from '../common/fileDay';
import { downloadText } from '../transfer/download';
import { TeamImport } from './TeamImport';

export function TeamKeep({ saved, print }: { readonly saved: SavedTeam; readonly print: () => void }) {
  const { t, store, content } = useWidget();
  const [message, setMessage] = useState('');
  const anchor = useRef<HTMLDivElement>(null);
  const download = () => {
    const now = new Date();
    downloadText(anchor.current ?? document.body, `diagnostic-equipe-${fileDay(now)}.json`, serializeTeamFile(content.questionnaire, saved.team, saved.replies, now));
  };
  return (
    <section class="sd-section" aria-labelledby="team-keep-title" ref={anchor}>
      <h3 id="team-keep-title">{t('team:file.title')}</h3>
      <p>{t('team:file.intro')}</p>
      <div class="sd-nav">
        <button type="button" class="sd-button" onClick={print}>
          {t('team:file.print')}
        </button>
        <button type="button" class="sd-button sd-button--secondary" onClick={download}>
          {t('team:file.download')}
        </button>
        <TeamImport />
        <ConfirmAction label={t('team:file.erase')} question={t('team:file.eraseConfirm')} confirmLabel={t('team:file.erase')} cancelLabel={t('common.cancel')} onConfirm={() => {
            store.getState().setTeam(null);
            setMessage(t('team:file.erased'));
          }} />
      </div>
      <p role="status" class="sd-transfer__message">{message}</p>
    </section>
  );
}
