import { MAX_STRUCTURE_NAME } from '../core/transfer';
import { QuestionField } from './QuestionField';
import { StepFrame } from './StepFrame';
import { useWidget } from './context';
import { useDiagnostic } from './useDiagnostic';

/** The structure's profile: type, sizes, respondent's role. Not scored. */
export function ProfileStep() {
  const { t, content, store } = useWidget();
  const profile = useDiagnostic((s) => s.profile);
  const name = useDiagnostic((s) => s.structureName);
  return (
    <StepFrame step="profile" title={t('profile.title')} intro={t('profile.intro')}>
      {content.questionnaire.profile.map((q) => (
        <QuestionField
          key={q.id}
          name={`profile-${q.id}`}
          kind={q.kind}
          legend={t(`questionnaire:profile.${q.id}.label`)}
          options={q.options.map((o) => ({ id: o.id, label: t(`questionnaire:profile.${q.id}.options.${o.id}`) }))}
          clearLabel={t('question.clear')}
          value={profile[q.id]}
          onChange={(value) => store.getState().setProfile(q.id, value)}
        />
      ))}
      <div class="sd-field">
        <label class="sd-field__label">
          {t('profile.structureName')}
          <span class="sd-field__hint">{t('profile.structureNameHint')}</span>
          <input
            class="sd-input"
            type="text"
            maxLength={MAX_STRUCTURE_NAME}
            autoComplete="organization"
            value={name}
            onInput={(e) => store.getState().setStructureName((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
      </div>
    </StepFrame>
  );
}
