/**
 * Entry of the lazily loaded team screens. It may run in its own script
 * (`team.js`, beside `embed.js`) with its own copy of the view modules, so
 * it provides the widget's context value again for its own copy of the
 * context; Preact itself is the embed's (see `shared/runtime.ts`).
 */
import { WidgetContext, type LateWidgetValue } from '../context';
import { InvitedLanding } from './InvitedLanding';
import { ReplyShare } from './ReplyShare';
import css from './team.css?inline';
import { TeamStep } from './TeamStep';
import { useOwnStyles } from '../late/useOwnStyles';

const PARTS = { team: TeamStep, invited: InvitedLanding, reply: ReplyShare };

/** Which screen: the team view, a colleague's landing on an invitation, a colleague's reply. */
export type TeamPart = keyof typeof PARTS;

interface Props {
  /** With the whole content, which comes with the results code (TeamLazy loads both). */
  readonly widget: LateWidgetValue;
  readonly part: TeamPart;
  /** The results' styles (from the results code): the team's result shows their pieces. */
  readonly resultsCss: string;
}

export function TeamScreen({ widget, part, resultsCss }: Props) {
  const ref = useOwnStyles<HTMLDivElement>(`${resultsCss}\n${css}`, widget.nonce);
  const Part = PARTS[part];
  return (
    <WidgetContext.Provider value={widget}>
      <div ref={ref}>
        <Part />
      </div>
    </WidgetContext.Provider>
  );
}
