import type { Recommendation } from '../../core/recommendations';
import { all, is, onMissions, type } from './when';

const dimension = 'remote';

export const remoteRecommendations: readonly Recommendation[] = [
  { id: 'reachPathwayRemotely', dimension, rank: 2, when: is('rem_messaging', 'in_person', 'phone'), priority: 2, effort: 'quick', resources: ['cnil'], steps: 2 },
  // The study cites WhatsApp groups set up in the lockdown: useful, but personal data circulates without rules.
  { id: 'groupMessagingRules', dimension, rank: 2, when: is('rem_messaging', 'group_messaging'), priority: 2, effort: 'quick', resources: ['cnil'], steps: 2 },
  // ETTI and AI only: timesheets and documents from client sites.
  { id: 'missionDocsOnline', dimension, rank: 2, when: all(is('rem_mission_docs', 'no', 'some'), onMissions), priority: 2, effort: 'project', resources: ['cnil', 'franceNum'], steps: 2 },
  { id: 'tempWorkerSpace', dimension, rank: 2, when: all(type('etti'), is('etti_worker_space', 'no', 'planned')), priority: 2, effort: 'project', resources: ['cnil'], steps: 2 },
];
