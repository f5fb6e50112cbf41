/** The replies gathered: role, first name, date, and a way to remove each. */
import { useState } from 'preact/hooks';
import { removeReply } from '../../core/team';
import type { SavedTeam } from '../../store/savedTeam';
import { useWidget } from '../context';
import { TableScroll } from '../results/TableScroll';

export function TeamReplies({ saved, labels }: { readonly saved: SavedTeam; readonly labels: Readonly<Record<string, string>> }) {
  const { t, store, fmt } = useWidget();
  const [status, setStatus] = useState('');
  const { replies } = saved;
  const remove = (key: string) => {
    store.getState().setTeam({ team: saved.team, replies: removeReply(replies, key) });
    setStatus(t('team:replies.removed'));
  };
  return (
    <section class="sd-section" aria-labelledby="team-replies-title">
      <h3 id="team-replies-title">{t('team:replies.title', { count: replies.length })}</h3>
      {replies.length === 0 ? (
        <p>{t('team:replies.none')}</p>
      ) : (
        <TableScroll label={t('team:replies.caption')}>
          <table class="sd-table">
            <caption>{t('team:replies.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team:replies.role')}</th>
                <th scope="col">{t('team:replies.name')}</th>
                <th scope="col">{t('team:replies.date')}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {replies.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{t(`team:roles.${r.role}`)}</th>
                  <td>{r.firstName ?? t('team:replies.noName')}</td>
                  <td>{r.answeredOn ? fmt.date(new Date(`${r.answeredOn}T12:00:00Z`)) : t('team:replies.noDate')}</td>
                  <td>
                    <button type="button" class="sd-link" aria-label={t('team:replies.removeLabel', { who: labels[r.key] ?? '' })} onClick={() => remove(r.key)}>
                      {t('team:replies.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p role="status" class="sd-transfer__message">{status}</p>
    </section>
  );
}
