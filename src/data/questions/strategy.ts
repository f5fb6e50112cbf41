/** Stratégie, formation et ambassadeurs du numérique: plan and budget, a named lead, training, ambassadors. */
import type { Question } from '../../core/questionnaire';
import { ordered } from './options';

const dimension = 'strategy';

export const strategyQuestions: readonly Question[] = [
  // Each step adds one thing (a budget, written goals, a yearly review), so no two read alike.
  { id: 'strat_plan', dimension, kind: 'single', dontKnow: true, askWho: 'direction', options: ordered(['none', 'budget', 'goals', 'reviewed']) },
  { id: 'strat_lead', dimension, kind: 'single', options: ordered(['no', 'informal', 'named', 'named_time']) },
  {
    // Asked per share of teams rather than per team: the teams differ by
    // structure type (an ETTI has no encadrants techniques).
    id: 'strat_training',
    dimension,
    kind: 'single',
    dontKnow: true,
    askWho: 'direction',
    options: ordered(['none', 'few', 'some_teams', 'all_teams']),
  },
  {
    id: 'strat_ambassadors',
    dimension,
    kind: 'scale',
    dontKnow: true,
    askWho: 'direction',
    help: true,
    options: ordered(['no', 'one', 'several', 'organised']),
  },
];
