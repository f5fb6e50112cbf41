/**
 * "Vue d'équipe": the invitation to send, the replies gathered, and, once
 * there are replies, everyone's view side by side and the team's result.
 */
import { useWidget } from '../context';
import { TeamAdd } from './TeamAdd';
import { TeamDiscuss } from './TeamDiscuss';
import { TeamInvite } from './TeamInvite';
import { TeamKeep } from './TeamKeep';
import { TeamLines } from './TeamLines';
import { TeamReplies } from './TeamReplies';
import { TeamResult } from './TeamResult';
import { TeamRoles } from './TeamRoles';
import { useTeamPrint } from './useTeamPrint';
import { useTeamView } from './useTeamView';

export function TeamStep() {
  const { t, store } = useWidget();
  const data = useTeamView();
  const print = useTeamPrint(data);
  return (
    <section class="sd-step sd-team" aria-labelledby="team-title">
      <h2 class="sd-step__title" id="team-title" tabIndex={-1} data-step-heading>
        {t('team:title')}
      </h2>
      <p class="sd-lead">{t('team:intro')}</p>
      <TeamInvite />
      {data && (
        <>
          <TeamAdd saved={data.saved} />
          <TeamReplies saved={data.saved} labels={data.labels} />
          {data.saved.replies.length > 0 && (
            <>
              <TeamLines dimensions={data.view.dimensions} labels={data.labels} />
              <TeamRoles dimensions={data.view.dimensions} />
              <TeamDiscuss divergent={data.view.divergent} answerable={data.view.answerable} labels={data.labels} />
              <TeamResult result={data.view.result} />
            </>
          )}
          <TeamKeep saved={data.saved} print={print} />
        </>
      )}
      <div class="sd-nav">
        <button type="button" class="sd-button sd-button--secondary" onClick={() => store.getState().goTo('welcome')}>
          {t('team:back')}
        </button>
      </div>
    </section>
  );
}
