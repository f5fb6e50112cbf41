/** Loads the team code when it is needed (standalone page and ES module: a native chunk). */
import type { TeamModule } from './teamModule';

export const loadTeam = (_nonce: string | null): Promise<TeamModule> => import('./teamModule').then((m) => m.teamModule);
