/**
 * The questionnaire as data: seven dimensions faithful to the themes of the
 * WeTechCare / Capgemini Invent 2021 study, a short unscored profile, ids
 * and points. All wording is in `locales/<lng>/questionnaire.json`.
 *
 * Bump `version` whenever an id, an option or a point value changes: it is
 * printed on the sheet; add a revision in `revisions.ts` saying which answers
 * to the previous version still mean the same, and freeze its share-link
 * layout in `legacy/`, listed in `legacyLayouts.ts`.
 */
import type { Questionnaire } from '../core/questionnaire';
import { equipmentQuestions } from './questions/equipment';
import { pathwayQuestions } from './questions/pathway';
import { processQuestions } from './questions/processes';
import { remoteQuestions } from './questions/remote';
import { skillQuestions } from './questions/skills';
import { softwareQuestions } from './questions/software';
import { strategyQuestions } from './questions/strategy';
import { revisions } from './revisions';

const options = (ids: readonly string[]) => ids.map((id) => ({ id }));

export const questionnaire: Questionnaire = {
  version: '2026.2',
  dimensions: [
    { id: 'equipment' },
    { id: 'software' },
    { id: 'processes' },
    { id: 'skills' },
    { id: 'pathway' },
    { id: 'remote' },
    { id: 'strategy' },
  ],
  questions: [
    ...equipmentQuestions,
    ...softwareQuestions,
    ...processQuestions,
    ...skillQuestions,
    ...pathwayQuestions,
    ...remoteQuestions,
    ...strategyQuestions,
  ],
  // Asked first: structureType shows or hides a few questions and adapts advice.
  profile: [
    { id: 'structureType', kind: 'single', options: options(['aci', 'ei', 'etti', 'ai', 'eiti', 'several']) },
    { id: 'permanentStaff', kind: 'single', options: options(['p1_5', 'p6_15', 'p16_50', 'p51plus']) },
    { id: 'pathwayStaff', kind: 'single', options: options(['s1_20', 's21_50', 's51_100', 's101plus']) },
    { id: 'role', kind: 'single', options: options(['director', 'cip', 'supervisor', 'admin', 'other']) },
  ],
  revisions,
};
