/**
 * The structure's profile questions and its name, bound to the store: asked
 * by the profile step, and by the team view before an invitation is made
 * (the profile travels with it).
 */
import { MAX_STRUCTURE_NAME } from '../core/transfer';
import { QuestionField } from './QuestionField';
import { useWidget } from './context';
import { useDiagnostic } from './useDiagnostic';

/** `idPrefix`: keeps the fields' names apart from another copy on the page; `nameHint`: what becomes of the name there. */
export function ProfileFields({ idPrefix, nameHint }: { readonly idPrefix: string; readonly nameHint?: string }) {
  const { t, content, store } = useWidget();
  const profile = useDiagnostic((s) => s.profile);
  const name = useDiagnostic((s) => s.structureName);
  return (
    <>
      {content.questionnaire.profile.map((q) => (
        <QuestionField
          key={q.id}
          name={`${idPrefix}-${q.id}`}
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
          {nameHint && <span class="sd-field__hint">{nameHint}</span>}
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
    </>
  );
}
