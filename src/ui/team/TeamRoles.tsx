/** The median score of each role, per dimension. */
import type { TeamDimension, TeamRole } from '../../core/team';
import { TEAM_ROLES } from '../../core/team';
import { useWidget } from '../context';
import { TableScroll } from '../results/TableScroll';

export function TeamRoles({ dimensions }: { readonly dimensions: readonly TeamDimension[] }) {
  const { t } = useWidget();
  const present = TEAM_ROLES.filter((role) => dimensions[0]?.byRole.some((r) => r.role === role));
  const count = (role: TeamRole) => dimensions[0]?.byRole.find((r) => r.role === role)?.count ?? 0;
  if (present.length === 0) return null;
  return (
    <section class="sd-section" aria-labelledby="team-roles-title">
      <h3 id="team-roles-title">{t('team:byRole.title')}</h3>
      <TableScroll label={t('team:byRole.caption')}>
        <table class="sd-table">
          <caption>{t('team:byRole.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team:lines.dimension')}</th>
              {present.map((role) => <th key={role} scope="col">{t('team:byRole.count', { role: t(`team:roles.${role}`), count: count(role) })}</th>)}
            </tr>
          </thead>
          <tbody>
            {dimensions.map((d) => (
              <tr key={d.id}>
                <th scope="row">{t(`questionnaire:dimensions.${d.id}.title`)}</th>
                {present.map((role) => <td key={role}>{d.byRole.find((r) => r.role === role)?.median ?? ''}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
