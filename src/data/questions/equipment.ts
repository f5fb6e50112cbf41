/** Équipement: workstations and connection for permanents, devices for salariés en parcours, upkeep. */
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
    options: orderedBestFirst(['fully', 'mostly', 'partly', 'not_at_all']),
  },
  { id: 'eq_staff_computers', dimension, kind: 'scale', options: ordered(['none', 'some', 'most', 'all']) },
  {
    id: 'eq_connection',
    dimension,
    kind: 'single',
    dontKnow: true,
    options: ordered(['none', 'unreliable', 'adequate', 'good']),
  },
  {
    // A shared computer on site is what most changes day-to-day access, so
    // it weighs double; Wi-Fi and loans complete it.
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
  {
    id: 'eq_maintenance',
    dimension,
    kind: 'single',
    dontKnow: true,
    options: ordered(['none', 'volunteer', 'provider', 'planned']),
  },
];
