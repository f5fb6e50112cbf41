import type { Recommendation } from '../../core/recommendations';
import { all, answeredWithout, any, is, levelAtMost, notOnMissions, onMissions } from './when';

const dimension = 'pathway';

/** Only part of those who need it are trained: still worth extending. */
const notTrainedEnough = is('pw_training', 'no', 'referral', 'some');

export const pathwayRecommendations: readonly Recommendation[] = [
  {
    id: 'assessOnEntry',
    dimension,
    when: is('pw_assessment', 'no', 'informal'),
    priority: 1,
    effort: 'quick',
    resources: ['lesBonsClics', 'pix'],
    steps: 3,
  },
  {
    // Workshop structures can put training inside the working week.
    id: 'trainInWorkTime',
    dimension,
    when: all(notTrainedEnough, notOnMissions),
    priority: 1,
    effort: 'project',
    resources: ['lesBonsClics', 'emmausConnect', 'laMednum'],
    steps: 3,
  },
  {
    // ETTI and AI: people are on missions, so training fits between them.
    id: 'trainBetweenMissions',
    dimension,
    when: all(notTrainedEnough, onMissions),
    priority: 1,
    effort: 'project',
    resources: ['lesBonsClics', 'emmausConnect', 'laMednum'],
    steps: 3,
  },
  {
    id: 'accessTimeSlots',
    dimension,
    when: is('pw_access', 'no', 'on_request'),
    priority: 2,
    effort: 'quick',
    resources: ['lesBonsClics'],
    steps: 3,
  },
  {
    id: 'onlineProceduresSupport',
    dimension,
    when: answeredWithout('pw_steps', 'online_procedures'),
    priority: 2,
    effort: 'project',
    resources: ['aidantsConnect', 'lesBonsClics'],
    steps: 3,
  },
  {
    id: 'digitalInInterviews',
    dimension,
    when: is('pw_cip_support', 'never', 'sometimes'),
    priority: 2,
    effort: 'quick',
    resources: ['lesBonsClics'],
    steps: 2,
  },
  {
    // Level-based: once the pathway dimension is weak overall, local
    // partners of digital inclusion are the fastest help.
    id: 'localInclusionPartners',
    dimension,
    when: all(levelAtMost('pathway', 2), any({ answered: 'pw_training' }, { answered: 'pw_assessment' })),
    priority: 3,
    effort: 'quick',
    resources: ['laMednum', 'emmausConnect'],
    steps: 2,
  },
];
