/**
 * Loads the team code when it is needed, in `embed.js`: `team.js`, beside
 * the script (see `../late/loadScript.ts`). Used instead of `loadTeam.ts`
 * by the embed build (vite.config.ts).
 */
import { loadLateScript } from '../late/loadScript';
import type { TeamModule } from './teamModule';

export const loadTeam = (nonce: string | null): Promise<TeamModule> => loadLateScript('team', nonce);
