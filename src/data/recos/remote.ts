import type { Recommendation } from '../../core/recommendations';
import { all, dontKnow, any, is, onMissions } from './when';

const dimension = 'remote';

export const remoteRecommendations: readonly Recommendation[] = [
  {
    id: 'reachPathwayRemotely',
    dimension,
    when: is('rem_messaging', 'in_person', 'phone'),
    priority: 2,
    effort: 'quick',
    resources: ['cnil'],
    steps: 3,
  },
  {
    // The study cites WhatsApp groups set up during the lockdown: useful,
    // but phone numbers and personal data circulate without rules.
    id: 'groupMessagingRules',
    dimension,
    when: is('rem_messaging', 'group_messaging'),
    priority: 2,
    effort: 'quick',
    resources: ['cnil'],
    steps: 3,
  },
  {
    id: 'continuityPlan',
    dimension,
    when: any(is('rem_continuity', 'no', 'partly'), dontKnow('rem_continuity')),
    priority: 2,
    effort: 'project',
    resources: ['cybermalveillance', 'franceNum'],
    steps: 3,
  },
  {
    // ETTI and AI only: timesheets and documents from client sites.
    id: 'missionDocsOnline',
    dimension,
    when: all(is('rem_mission_docs', 'no', 'some'), onMissions),
    priority: 2,
    effort: 'project',
    resources: ['cnil', 'franceNum'],
    steps: 3,
  },
  {
    id: 'videoForAll',
    dimension,
    when: is('rem_video', 'no', 'few'),
    priority: 3,
    effort: 'quick',
    resources: ['framasoft', 'lesBonsClics'],
    steps: 3,
  },
];
