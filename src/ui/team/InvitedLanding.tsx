/**
 * What a colleague sees on opening an invitation (below the heading of
 * `Invited`): who invites them and why, their role and (if they want) a
 * first name. The profile is the structure's, from the invitation: it is
 * not asked again. The invitation is read here, with the team code.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { normalizeFirstName, TEAM_ROLES, type TeamRole } from '../../core/team';
import { useWidget } from '../context';
import { QuestionField } from '../QuestionField';
import { dimensionStep } from '../../core/steps';
import { useDiagnostic } from '../useDiagnostic';
import { readInvitation } from '../../store/openInvitation';

export function InvitedLanding() {
  const { t, store, content } = useWidget();
  const invitation = useDiagnostic((s) => s.invitation);
  const pending = useDiagnostic((s) => s.pendingInvitation);
  const resumable = useDiagnostic((s) => s.resumable);
  const [role, setRole] = useState<TeamRole | null>(null);
  const [firstName, setFirstName] = useState('');
  const [missing, setMissing] = useState(false);
  useLayoutEffect(() => {
    if (pending !== null) store.getState().settleInvitation(readInvitation);
  }, [pending]);
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
    <>
      <p class="sd-lead">
        {invitation.structureName ? t('team:landing.byNamed', { structure: invitation.structureName }) : t('team:landing.byType', { type: typeLabel })}
      </p>
      <p>{t('team:landing.why')}</p>
      <QuestionField
        name="invited-role"
        kind="single"
        legend={t('team:landing.role')}
        options={TEAM_ROLES.map((id) => ({ id, label: t(`team:roles.${id}`) }))}
        clearLabel={t('question.clear')}
        value={role ?? undefined}
        onChange={(value) => {
          setRole(typeof value === 'string' ? (value as TeamRole) : null);
          setMissing(false);
        }}
      />
      <label class="sd-field__label">
        {t('team:landing.firstName')}
        <input class="sd-input" type="text" autoComplete="given-name" maxLength={40} value={firstName} onInput={(e) => setFirstName((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <p class="sd-question__hint">{t('team:landing.firstNameHelp')}</p>
      {resumable && <p class="sd-notice">{t('team:landing.replaceWarning')}</p>}
      <p role="alert" class="sd-transfer__message">{missing ? t('team:landing.roleMissing') : ''}</p>
      <div class="sd-nav">
        <button type="button" class="sd-button" onClick={start}>
          {t('team:landing.start')}
        </button>
      </div>
    </>
  );
}
