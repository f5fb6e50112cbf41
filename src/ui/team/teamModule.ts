/**
 * What the lazily loaded team code offers the embed: its screens (the team
 * view, a colleague's landing, a colleague's reply: they read invitation and
 * reply links themselves) and its French wording. One object, registered by
 * team.js on the embed's global, imported as a chunk elsewhere.
 */
import frTeam from '../../../locales/fr/team.json';
import { TeamScreen } from './TeamScreen';

export const teamModule = {
  Screen: TeamScreen,
  /** Its French wording comes with it; other languages' files hold theirs (`i18n/bundles.ts`). */
  wording: { fr: { team: frTeam } } as Readonly<Record<string, Readonly<Record<string, Record<string, unknown>>>>>,
};

export type TeamModule = typeof teamModule;
