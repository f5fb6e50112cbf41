/**
 * Adding replies: paste one or several links, choose or drop files (several
 * at once), or add one's own answers. Each refused reply says why; a refusal
 * changes nothing else.
 */
import { useState } from 'preact/hooks';
import { addReplies, isoDay, makeReply, MAX_REPLIES_AT_ONCE, readReplies, ROLE_QUESTION, isTeamRole, type ReplyOutcome } from '../../core/team';
import { MAX_EXPORT_CHARS } from '../../core/transfer';
import { withLegacyLayouts } from '../../data/legacyLayouts';
import type { SavedTeam } from '../../store/savedTeam';
import { useWidget } from '../context';
import { useDiagnostic } from '../useDiagnostic';

export function TeamAdd({ saved }: { readonly saved: SavedTeam }) {
  const { t, store, content } = useWidget();
  const answers = useDiagnostic((s) => s.answers);
  const profile = useDiagnostic((s) => s.profile);
  const [text, setText] = useState('');
  const [messages, setMessages] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);

  const apply = (outcomes: readonly ReplyOutcome[]) => {
    // Read the latest replies: files are read asynchronously.
    const current = store.getState().team ?? saved;
    const result = addReplies(current.team.id, current.replies, outcomes);
    if (result.added.length > 0) store.getState().setTeam({ team: current.team, replies: result.replies });
    const lines: string[] = [];
    if (outcomes.length === 0) lines.push(t('team:add.nothing'));
    if (result.added.length > 0) lines.push(t('team:add.added', { count: result.added.length }));
    if (result.refused.length > 0) lines.push(`${t('team:add.refused', { count: result.refused.length })} ${[...new Set(result.refused)].map((r) => t(`team:add.refusal.${r}`)).join(' ; ')}.`);
    if (outcomes.some((o) => o.ok && o.reasked > 0)) lines.push(t('team:add.reasked'));
    setMessages(lines);
    return result.added.length;
  };

  const addText = () => {
    if (apply(readReplies(text, withLegacyLayouts(content.questionnaire))) > 0) setText('');
  };

  const addFiles = async (files: FileList | null | undefined) => {
    const list = [...(files ?? [])].slice(0, MAX_REPLIES_AT_ONCE);
    const outcomes: ReplyOutcome[] = [];
    for (const file of list) {
      // Checked before reading, so a huge file is never loaded into memory.
      if (file.size > MAX_EXPORT_CHARS) outcomes.push({ ok: false, reason: 'damaged' });
      else outcomes.push(...readReplies(await file.text(), withLegacyLayouts(content.questionnaire)));
    }
    apply(outcomes);
  };

  const addMine = () => {
    const role = profile[ROLE_QUESTION];
    apply([{ ok: true, reply: makeReply(saved.team.id, isTeamRole(role) ? role : 'director', undefined, isoDay(new Date()), answers), reasked: 0 }]);
  };

  return (
    <section class="sd-section" aria-labelledby="team-add-title">
      <h3 id="team-add-title">{t('team:add.title')}</h3>
      <label class="sd-field__label">
        {t('team:add.pasteLabel')}
        <textarea class="sd-input sd-textarea" rows={3} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <div class="sd-nav">
        <button type="button" class="sd-button" onClick={addText}>
          {t('team:add.paste')}
        </button>
        <label class="sd-button sd-button--secondary sd-file">
          {t('team:add.files')}
          <input type="file" multiple accept="application/json,.json" class="sd-visually-hidden" onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              void addFiles(input.files).finally(() => (input.value = ''));
            }} />
        </label>
        {Object.keys(answers).length > 0 && (
          <button type="button" class="sd-button sd-button--secondary" onClick={addMine}>
            {t('team:add.mine')}
          </button>
        )}
      </div>
      <div
        class={`sd-drop${dragging ? ' sd-drop--over' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => { e.preventDefault(); setDragging(false); void addFiles(e.dataTransfer?.files); }}
      >
        {t('team:add.drop')}
      </div>
      <div role="status" class="sd-transfer__message">
        {messages.map((m) => <p key={m}>{m}</p>)}
      </div>
    </section>
  );
}
