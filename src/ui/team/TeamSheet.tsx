/**
 * The team sheet (A4, at most two pages): everyone's scores per dimension
 * with median and range, by role, what to discuss, what another knows, and
 * the team's result with its priority actions. Same data as the team view.
 */
import type { TeamView } from '../../core/team';
import type { SavedTeam } from '../../store/savedTeam';
import { answerText } from '../answerText';
import { useWidget } from '../context';
import { TeamTable } from './TeamLines';
import { TeamRoles } from './TeamRoles';

interface Props {
  readonly saved: SavedTeam;
  readonly view: TeamView;
  readonly labels: Readonly<Record<string, string>>;
  readonly date: Date;
}

export function TeamSheet({ saved, view, labels, date }: Props) {
  const { t, fmt } = useWidget();
  const { result } = view;
  const who = (keys: readonly string[]) => keys.map((k) => labels[k] ?? k).join(', ');
  return (
    <article class="sheet__page" aria-label={t('team:sheet.title')}>
      <header class="sheet__header">
        <h1>{t('team:sheet.title')}</h1>
        <p>
          {saved.team.structureName && <strong>{saved.team.structureName} · </strong>}
          {t('team:sheet.respondents', { count: saved.replies.length, date: fmt.date(date) })}
        </p>
      </header>
      <section>
        <h2>{t('team:lines.title')}</h2>
        <TeamTable dimensions={view.dimensions} labels={labels} />
      </section>
      <TeamRoles dimensions={view.dimensions} />
      <section>
        <h2>{t('team:discuss.title')}</h2>
        {view.divergent.length === 0 && <p>{t('team:discuss.none')}</p>}
        <ol>
          {view.divergent.map((d) => (
            <li key={d.question}>
              {t(`questionnaire:questions.${d.question}.label`)}
              <span class="sheet__muted">{` ${d.answers.map((a) => `${labels[a.key] ?? a.key} : ${answerText(t, `questionnaire:questions.${d.question}`, a.value)}`).join(' · ')}`}</span>
            </li>
          ))}
        </ol>
      </section>
      {view.answerable.length > 0 && (
        <section>
          <h2>{t('team:dontKnow.title')}</h2>
          <ul class="sheet__dk">
            {view.answerable.map((a) => (
              <li key={a.question}>{`${t(`questionnaire:questions.${a.question}.label`)} ${t('team:dontKnow.item', { unknown: who(a.dontKnow), known: who(a.known) })}`}</li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h2>{t('team:result.title')}</h2>
        <p>{`${t('team:result.score', { score: result.score })} · ${result.dimensions.map((d) => `${t(`questionnaire:dimensions.${d.id}.title`)} ${d.score}`).join(' · ')}`}</p>
        <h3>{t('team:result.recommendations')}</h3>
        <ol>
          {result.recommendations.top.map((rec) => (
            <li key={rec.id} class="sheet__reco">
              <strong>{t(`recommendations:${rec.id}.title`)}</strong> {t(`recommendations:${rec.id}.why`)}
            </li>
          ))}
        </ol>
      </section>
      <footer class="sheet__footer">
        <p>{t('team:result.intro')}</p>
        <p>{t('sheet.contact')}</p>
      </footer>
    </article>
  );
}
