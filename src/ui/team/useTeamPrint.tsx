import { render } from 'preact';
import { WidgetContext, useWidget } from '../context';
import { printSheet } from '../print/printSheet';
import { fileDay } from '../common/fileDay';
import { TeamSheet } from './TeamSheet';
import type { TeamViewData } from './useTeamView';

/** Prints the team sheet the way the result sheet prints (see `print/printSheet.ts`). */
export function useTeamPrint(data: TeamViewData | null): () => void {
  const ctx = useWidget();
  return () => {
    if (!data) return;
    const date = new Date();
    const name = data.saved.team.structureName;
    const title = ctx.t(name ? 'team:sheet.fileTitleNamed' : 'team:sheet.fileTitle', { name, date: fileDay(date) });
    printSheet((container) => {
      render(
        <WidgetContext.Provider value={ctx}>
          <TeamSheet saved={data.saved} view={data.view} labels={data.labels} date={date} />
        </WidgetContext.Provider>,
        container,
      );
      return () => render(null, container);
    }, ctx.nonce, title);
  };
}
