import type { Recommendation } from '../../core/recommendations';
import { all, is, levelAtMost } from './when';

const dimension = 'strategy';

export const strategyRecommendations: readonly Recommendation[] = [
  { id: 'trainEveryTeam', dimension, rank: 2, when: is('strat_training', 'none', 'few'), priority: 1, effort: 'project', resources: ['franceCompetences', 'pix', 'lesBonsClics'], steps: 3 },
  // Organisation comes after equipment and practice: rank 3.
  { id: 'digitalPlan', dimension, rank: 3, when: is('strat_plan', 'none', 'budget'), priority: 1, effort: 'project', resources: ['franceNum', 'avise'], steps: 3 },
  { id: 'nameDigitalLead', dimension, rank: 3, when: is('strat_lead', 'no', 'informal'), priority: 1, effort: 'quick', resources: ['franceNum'], steps: 3 },
  { id: 'ambassadorsNetwork', dimension, rank: 3, when: is('strat_ambassadors', 'no', 'one'), priority: 2, effort: 'project', resources: ['lesBonsClics', 'weTechCare'], steps: 3 },
  {
    // For structures already well along: what they learnt helps others.
    id: 'sharePractice',
    dimension,
    rank: 3,
    when: all(is('strat_ambassadors', 'several', 'organised'), { not: levelAtMost('strategy', 2) }, { not: levelAtMost('pathway', 2) }),
    priority: 3,
    effort: 'quick',
    resources: ['avise', 'laMednum'],
    steps: 2,
  },
];
