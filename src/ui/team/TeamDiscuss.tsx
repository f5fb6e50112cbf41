/** "À discuter en équipe": where answers diverge most; and the "je ne sais pas" another could answer. */
import type { AnswerableDontKnow, Divergence } from '../../core/team';
import { answerText } from '../answerText';
import { useWidget } from '../context';

interface Props {
  readonly divergent: readonly Divergence[];
  readonly answerable: readonly AnswerableDontKnow[];
  readonly labels: Readonly<Record<string, string>>;
}

export function TeamDiscuss({ divergent, answerable, labels }: Props) {
  const { t } = useWidget();
  const list = (keys: readonly string[]) => keys.map((k) => labels[k] ?? k).join(', ');
  return (
    <>
      <section class="sd-section" aria-labelledby="team-discuss-title">
        <h3 id="team-discuss-title">{t('team:discuss.title')}</h3>
        <p>{divergent.length ? t('team:discuss.intro') : t('team:discuss.none')}</p>
        <ol class="sd-discuss">
          {divergent.map((d) => (
            <li key={d.question}>
              <p class="sd-discuss__question">{t(`questionnaire:questions.${d.question}.label`)}</p>
              <ul class="sd-discuss__answers" aria-label={t('team:discuss.answers')}>
                {d.answers.map((a) => (
                  <li key={a.key}>{`${labels[a.key] ?? a.key} : ${answerText(t, `questionnaire:questions.${d.question}`, a.value)}`}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
      {answerable.length > 0 && (
        <section class="sd-section" aria-labelledby="team-dk-title">
          <h3 id="team-dk-title">{t('team:dontKnow.title')}</h3>
          <p>{t('team:dontKnow.intro')}</p>
          <ul class="sd-dk">
            {answerable.map((a) => (
              <li key={a.question}>
                {t(`questionnaire:questions.${a.question}.label`)}
                <span class="sd-dk__who">{` ${t('team:dontKnow.item', { unknown: list(a.dontKnow), known: list(a.known) })}`}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
