/** Équipement: workstations and connection for permanents, devices for people on a pathway, upkeep, renewal. */
import type { Question } from '../../core/questionnaire';
import { ordered, orderedBestFirst } from './options';

const dimension = 'equipment';

export const equipmentQuestions: readonly Question[] = [
  {
    // The study's own question (70 % answered yes): asked first, before the
    // details below can colour the respondent's overall judgement.
    id: 'eq_sufficiency',
    dimension,
    kind: 'single',
    dontKnow: true,
    askWho: 'direction',
    options: orderedBestFirst(['fully', 'mostly', 'partly', 'not_at_all']),
  },
  { id: 'eq_staff_computers', dimension, kind: 'scale', options: ordered(['none', 'some', 'most', 'all']) },
  {
    id: 'eq_connection',
    dimension,
    kind: 'single',
    dontKnow: true,
    askWho: 'admin',
    options: ordered(['none', 'unreliable', 'adequate', 'good']),
  },
  {
    // Their own smartphone is not counted: many have nothing else, which is
    // why what the structure provides matters. A shared computer on site
    // weighs double; Wi-Fi and loans complete it.
    id: 'eq_pathway_devices',
    dimension,
    kind: 'multiple',
    help: true,
    options: [
      { id: 'shared_devices', points: 2 },
      { id: 'wifi', points: 1 },
      { id: 'loan', points: 1 },
      { id: 'none', points: 0, exclusive: true },
    ],
  },
  // Who maintains, and whether renewal is planned: two questions (they were one).
  { id: 'eq_upkeep', dimension, kind: 'single', dontKnow: true, askWho: 'admin', options: ordered(['nobody', 'volunteer', 'provider']) },
  { id: 'eq_renewal', dimension, kind: 'single', dontKnow: true, askWho: 'direction', options: ordered(['no', 'considered', 'planned']) },
];
