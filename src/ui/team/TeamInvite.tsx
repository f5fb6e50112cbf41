/**
 * Creating the invitation: a team id drawn at random and the structure's
 * profile, in a link the starter copies and sends by their own means.
 */
import { encodeInvitation, invitationFragment, isoDay, teamIdFromBytes, type Team } from '../../core/team';
import { normalizeStructureName } from '../../core/transfer';
import { useState } from 'preact/hooks';
import { useWidget } from '../context';
import { ProfileFields } from '../ProfileFields';
import { useDiagnostic } from '../useDiagnostic';
import { CopyField } from '../common/CopyField';
import { TeamImport } from './TeamImport';

/** The page address without its fragment: where colleagues open the invitation. */
export const pageAddress = (): string => location.href.split('#')[0] ?? '';

export function invitationLink(questionnaire: Parameters<typeof encodeInvitation>[0], team: Team): string {
  const payload = encodeInvitation(questionnaire, {
    teamId: team.id,
    profile: team.profile,
    createdAt: new Date(`${team.createdOn}T00:00:00Z`),
    ...(team.structureName ? { structureName: team.structureName } : {}),
  });
  return pageAddress() + invitationFragment(payload);
}

export function TeamInvite() {
  const { t, store, content } = useWidget();
  const saved = useDiagnostic((s) => s.team);
  const profile = useDiagnostic((s) => s.profile);
  const structureName = useDiagnostic((s) => s.structureName);
  const [missing, setMissing] = useState(false);
  if (!saved) {
    const create = () => {
      const name = normalizeStructureName(structureName);
      const team: Team = { id: teamIdFromBytes(crypto.getRandomValues(new Uint8Array(6))), profile, createdOn: isoDay(new Date()), ...(name ? { structureName: name } : {}) };
      store.getState().setTeam({ team, replies: [] });
    };
    // The profile travels with the invitation: asked here once, never again by colleagues.
    return (
      <section class="sd-section" aria-labelledby="team-invite-title">
        <h3 id="team-invite-title">{t('team:invite.title')}</h3>
        <p>{t('team:needProfile')}</p>
        <ProfileFields idPrefix="team-profile" />
        <p role="alert" class="sd-transfer__message">{missing ? t('team:typeMissing') : ''}</p>
        <div class="sd-nav">
          <button type="button" class="sd-button" onClick={() => (profile['structureType'] ? create() : setMissing(true))}>
            {t('team:create')}
          </button>
        </div>
        <p>{t('team:file.importIntro')}</p>
        <TeamImport />
      </section>
    );
  }
  return (
    <section class="sd-section" aria-labelledby="team-invite-title">
      <h3 id="team-invite-title">{t('team:invite.title')}</h3>
      <p>{t(saved.team.structureName ? 'team:invite.introNamed' : 'team:invite.intro')}</p>
      <CopyField label={t('team:invite.label')} copyLabel={t('team:invite.copy')} value={invitationLink(content.questionnaire, saved.team)} />
    </section>
  );
}
