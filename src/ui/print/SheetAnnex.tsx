import type { Answers, Profile } from '../../core/questionnaire';
import { visibleQuestions } from '../../core/scoring';
import { answerText } from '../answerText';
import { useWidget } from '../context';

/** The optional annex, on pages of its own: every question asked, with the answer given. */
export function SheetAnnex({ profile, answers }: { readonly profile: Profile; readonly answers: Answers }) {
  const { t, content } = useWidget();
  const visible = visibleQuestions(content.questionnaire, answers, profile);
  return (
    <section class="sheet__annex">
      <h2>{t('sheet.annexTitle')}</h2>
      {content.questionnaire.dimensions.map((d) => (
        <div key={d.id}>
          <h3>{t(`questionnaire:dimensions.${d.id}.title`)}</h3>
          <ul>
            {visible
              .filter((q) => q.dimension === d.id)
              .map((q) => (
                <li key={q.id}>
                  {t(`questionnaire:questions.${q.id}.label`)} <strong>{answerText(t, `questionnaire:questions.${q.id}`, answers[q.id])}</strong>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
