import type { Recommendation } from '../../core/recommendations';
import { is } from './when';

const dimension = 'strategy';

export const strategyRecommendations: readonly Recommendation[] = [
  { id: 'trainEveryTeam', dimension, rank: 2, when: is('strat_training', 'none', 'few'), priority: 1, effort: 'project', resources: ['franceCompetences', 'pix', 'lesBonsClics'], steps: 2 },
  // Organisation comes after equipment and practice: rank 3.
  { id: 'digitalPlan', dimension, rank: 3, when: is('strat_plan', 'none', 'budget'), priority: 1, effort: 'project', resources: ['franceNum', 'avise'], steps: 2 },
  { id: 'nameDigitalLead', dimension, rank: 3, when: is('strat_lead', 'no', 'informal'), priority: 1, effort: 'quick', resources: ['franceNum'], steps: 2 },
  { id: 'ambassadorsNetwork', dimension, rank: 3, when: is('strat_ambassadors', 'no', 'one'), priority: 2, effort: 'project', resources: ['lesBonsClics', 'weTechCare'], steps: 2 },
];
