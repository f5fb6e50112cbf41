/**
 * Entry of the lazily loaded team view. It may run in its own script
 * (`team.js`, beside `embed.js`) with its own copy of the view modules, so
 * it provides the widget's context value again for its own copy of the
 * context; Preact itself is the embed's (see `teamScript.ts`).
 */
import frTeam from '../../../locales/fr/team.json';
import { WidgetContext, type WidgetContextValue } from '../context';
import css from './team.css?inline';
import { useOwnStyles } from './useOwnStyles';
import { TeamStep } from './TeamStep';

export function TeamScreen({ widget }: { readonly widget: WidgetContextValue }) {
  const ref = useOwnStyles<HTMLDivElement>(css, widget.nonce);
  return (
    <WidgetContext.Provider value={widget}>
      <div ref={ref}>
        <TeamStep />
      </div>
    </WidgetContext.Provider>
  );
}

/** Its French wording comes with it; other languages' files hold theirs (`i18n/bundles.ts`). */
TeamScreen.wording = { fr: frTeam } as Readonly<Record<string, Record<string, unknown>>>;

export type TeamScreenComponent = typeof TeamScreen;
