import type { Recommendation } from '../../core/recommendations';
import { answeredWithout, any, is } from './when';

const dimension = 'processes';

export const processRecommendations: readonly Recommendation[] = [
  {
    id: 'digitiseOneProcess',
    dimension,
    when: is('proc_digitised', 'none'),
    priority: 1,
    effort: 'project',
    resources: ['franceNum'],
    steps: 3,
  },
  {
    id: 'sharedPathwayRecords',
    dimension,
    when: is('proc_pathway_record', 'paper', 'local_files'),
    priority: 1,
    effort: 'project',
    resources: ['cnil', 'franceNum'],
    steps: 3,
  },
  {
    // "Je ne sais pas" fires it too: not knowing whether backups exist is
    // itself the risk.
    id: 'securityBasics',
    dimension,
    when: any(answeredWithout('proc_data_protection', 'backups'), answeredWithout('proc_data_protection', 'passwords')),
    priority: 1,
    effort: 'quick',
    resources: ['cybermalveillance'],
    steps: 3,
  },
  {
    id: 'personalDataBasics',
    dimension,
    when: any(answeredWithout('proc_data_protection', 'gdpr'), answeredWithout('proc_data_protection', 'access_rights')),
    priority: 2,
    effort: 'quick',
    resources: ['cnil'],
    steps: 3,
  },
  {
    id: 'reportingFromTools',
    dimension,
    when: is('proc_reporting', 'manual', 'partly'),
    priority: 2,
    effort: 'project',
    resources: ['franceNum'],
    steps: 3,
  },
  {
    id: 'paperlessWithCare',
    dimension,
    when: is('proc_paperless', 'none', 'some'),
    priority: 3,
    effort: 'project',
    resources: ['franceNum', 'lesBonsClics'],
    steps: 3,
  },
];
