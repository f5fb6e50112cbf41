/**
 * The benchmark of the 2021 study. Only its three published figures are
 * indicators; its qualitative findings are attached to dimensions as context.
 * The study publishes no per-dimension average: `dimensionAverages` is empty
 * and the UI says so ("pas de référence chiffrée dans l'étude").
 */
import type { Benchmark } from '../core/benchmark';
import { DONT_KNOW } from '../core/questionnaire';
import { WETECHCARE_2021 } from './sources';

const knownAnswer = (question: string) => ({
  all: [{ answered: question }, { not: { question, anyOf: [DONT_KNOW] } }],
});

export const benchmark: Benchmark = {
  version: '2021.1',
  indicators: [
    {
      // "70% des structures estiment disposer de suffisamment d'équipement"
      id: 'equipmentSufficient',
      dimension: 'equipment',
      value: 70,
      matches: { question: 'eq_sufficiency', anyOf: ['fully', 'mostly'] },
      known: knownAnswer('eq_sufficiency'),
      source: WETECHCARE_2021,
    },
    {
      // "82% travaillent avec des logiciels informatiques"
      id: 'softwareUses',
      dimension: 'software',
      value: 82,
      matches: { question: 'sw_uses', anyOf: ['yes'] },
      known: knownAnswer('sw_uses'),
      source: WETECHCARE_2021,
    },
    {
      // "98% ont numérisé tout ou une partie des processus"
      id: 'processesDigitised',
      dimension: 'processes',
      value: 98,
      matches: {
        question: 'proc_digitised',
        anyOf: ['recruitment', 'pathway', 'commercial', 'admin', 'planning'],
      },
      known: knownAnswer('proc_digitised'),
      source: WETECHCARE_2021,
    },
  ],
  findings: [
    { id: 'managementFirst', dimension: 'skills', source: WETECHCARE_2021 },
    { id: 'pathwayLittle', dimension: 'pathway', source: WETECHCARE_2021 },
    { id: 'lockdownRemote', dimension: 'remote', source: WETECHCARE_2021 },
    { id: 'moreEquipment', dimension: 'equipment', source: WETECHCARE_2021 },
    { id: 'trainAllTeams', dimension: 'strategy', source: WETECHCARE_2021 },
    { id: 'ambassadors', dimension: 'strategy', source: WETECHCARE_2021 },
  ],
  dimensionAverages: [],
};
