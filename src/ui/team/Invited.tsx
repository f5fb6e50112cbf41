/**
 * What a colleague sees on opening an invitation: who invites them and why,
 * their role and (if they want) a first name. The profile is the
 * structure's, from the invitation: it is not asked again.
 */
import { useState } from 'preact/hooks';
import { normalizeFirstName, TEAM_ROLES, type TeamRole } from '../../core/team';
import { useWidget } from '../context';
import { QuestionField } from '../QuestionField';
import { dimensionStep } from '../../core/steps';
import { useDiagnostic } from '../useDiagnostic';

export function Invited() {
  const { t, store, content } = useWidget();
  const invitation = useDiagnostic((s) => s.invitation);
  const resumable = useDiagnostic((s) => s.resumable);
  const [role, setRole] = useState<TeamRole | null>(null);
  const [firstName, setFirstName] = useState('');
  const [missing, setMissing] = useState(false);
  if (!invitation) return null;
  const type = invitation.profile['structureType'];
  const typeLabel = typeof type === 'string' ? t(`questionnaire:profile.structureType.options.${type}`) : '';
  const start = () => {
    if (!role) return setMissing(true);
    store.getState().acceptInvitation(invitation, role, normalizeFirstName(firstName));
    const first = content.questionnaire.dimensions[0];
    store.getState().goTo(first ? dimensionStep(first.id) : 'review');
  };
  return (
    <section class="sd-step sd-invited" aria-labelledby="invited-title">
      <h2 class="sd-step__title" id="invited-title" tabIndex={-1} data-step-heading>
        {t('invite:invited.title')}
      </h2>
      <p class="sd-lead">
        {invitation.structureName ? t('invite:invited.byNamed', { structure: invitation.structureName }) : t('invite:invited.byType', { type: typeLabel })}
      </p>
      <p>{t('invite:invited.why')}</p>
      <QuestionField
        name="invited-role"
        kind="single"
        legend={t('invite:invited.role')}
        options={TEAM_ROLES.map((id) => ({ id, label: t(`invite:roles.${id}`) }))}
        clearLabel={t('question.clear')}
        value={role ?? undefined}
        onChange={(value) => {
          setRole(typeof value === 'string' ? (value as TeamRole) : null);
          setMissing(false);
        }}
      />
      <label class="sd-field__label">
        {t('invite:invited.firstName')}
        <input class="sd-input" type="text" autoComplete="given-name" maxLength={40} value={firstName} onInput={(e) => setFirstName((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <p class="sd-question__hint">{t('invite:invited.firstNameHelp')}</p>
      {resumable && <p class="sd-notice">{t('invite:invited.replaceWarning')}</p>}
      <p role="alert" class="sd-transfer__message">{missing ? t('invite:invited.roleMissing') : ''}</p>
      <div class="sd-nav">
        <button type="button" class="sd-button" onClick={start}>
          {t('invite:invited.start')}
        </button>
      </div>
    </section>
  );
}
