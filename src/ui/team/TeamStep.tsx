/**
 * The body of "Vue d'équipe" (its heading is the lazy shell's, so focus
 * stays put while this loads): the invitation to send, the replies
 * gathered, and, once there are replies, everyone's view side by side and
 * the team's result.
 */
import { useLayoutEffect } from 'preact/hooks';
import { readTeamReply } from '../../store/openTeamReply';
import { useWidget } from '../context';
import { useDiagnostic } from '../useDiagnostic';
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
  const { store } = useWidget();
  // A colleague's reply link the starter opened: added here, with the team code.
  const pendingReply = useDiagnostic((s) => s.pendingReply);
  useLayoutEffect(() => {
    if (pendingReply !== null) store.getState().settleReply(readTeamReply);
  }, [pendingReply]);
  const data = useTeamView();
  const print = useTeamPrint(data);
  return (
    <>
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
    </>
  );
}
