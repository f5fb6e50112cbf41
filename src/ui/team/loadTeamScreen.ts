/** Loads the team view when it is opened (standalone page and ES module: a native chunk). */
import type { TeamScreenComponent } from './TeamScreen';

export const loadTeamScreen = (_nonce: string | null): Promise<TeamScreenComponent> => import('./TeamScreen').then((m) => m.TeamScreen);
