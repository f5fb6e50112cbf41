/**
 * A colleague opening an invitation link: the step's heading at once (focus
 * lands there), the invitation read and its landing shown by the team code
 * (`InvitedLanding`, loaded with team.js).
 */
import { useWidget } from '../context';
import { TeamLazy } from './TeamLazy';

export function Invited() {
  const { t } = useWidget();
  return (
    <section class="sd-step sd-invited" aria-labelledby="invited-title">
      <h2 class="sd-step__title" id="invited-title" tabIndex={-1} data-step-heading>
        {t('invite:invited.title')}
      </h2>
      <TeamLazy part="invited" />
    </section>
  );
}
