/** "Importer une vue d'équipe": a team file replaces the team view kept here (or starts it, in a new browser). */
import { useState } from 'preact/hooks';
import { parseTeamFile } from '../../core/team';
import { useWidget } from '../context';

/** Far above a team file of 200 replies; a bigger file is not read into memory. */
const MAX_TEAM_FILE_BYTES = 1_000_000;

export function TeamImport() {
  const { t, store, content } = useWidget();
  const [message, setMessage] = useState('');
  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const outcome = parseTeamFile(file.size > MAX_TEAM_FILE_BYTES ? '' : await file.text(), content.questionnaire);
    if (!outcome.ok) return setMessage(t(`team:file.importError.${outcome.error}`));
    store.getState().setTeam({ team: outcome.team, replies: outcome.replies });
    setMessage(t('team:file.imported', { count: outcome.replies.length }));
  };
  return (
    <>
      <label class="sd-button sd-button--secondary sd-file">
        {t('team:file.import')}
        <input type="file" accept="application/json,.json" class="sd-visually-hidden" onChange={(e) => void read(e.currentTarget as HTMLInputElement)} />
      </label>
      <p role="status" class="sd-transfer__message">{message}</p>
    </>
  );
}
