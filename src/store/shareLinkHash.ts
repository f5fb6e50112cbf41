/**
 * What the store knows of share links without their codec (which comes with
 * results.js, fetched in idle time after the first screen): whether an
 * address holds one, and the shape of the reader results.js hands it
 * (`openShareLink.ts`), as for team links (`teamLinks.ts`).
 */
import type { Questionnaire } from '../core/questionnaire';
import type { ShareError } from '../core/transfer/shareLink';
import type { SharedAnswers } from './diagnosticStore';

/** `#r=…`, alone or after other parameters (`shareFragment` of core/transfer/shareLink.ts). */
export const isShareHash = (hash: string): boolean => /^#(?:.*&)?r=/.test(hash);

/** `teamId`: a colleague's reply (a link of version 2), which the starter adds to the team view instead. */
export type ReadShareLink = (questionnaire: Questionnaire, hash: string) => { shared: SharedAnswers; teamId?: string } | { shareError: ShareError } | null;
