import type { Recommendation } from '../../core/recommendations';
import { USES_SOFTWARE } from '../questions/software';
import { all, answeredWithout, any, is, type } from './when';

const dimension = 'software';

export const softwareRecommendations: readonly Recommendation[] = [
  // Email is access: rank 1, with equipment.
  { id: 'proEmailForAll', dimension, rank: 1, when: is('sw_pro_email', 'none', 'some'), priority: 1, effort: 'quick', resources: ['solidatech', 'cybermalveillance'], steps: 2 },
  { id: 'firstSoftware', dimension, rank: 2, when: is('sw_uses', 'no'), priority: 1, effort: 'project', resources: ['franceNum', 'solidatech'], steps: 2 },
  { id: 'iaePlatformsBackup', dimension, rank: 2, when: is('iae_who', 'nobody', 'one'), priority: 1, effort: 'quick', resources: ['emploisInclusion'], steps: 2 },
  // USES_SOFTWARE repeats the questions' askedIf: a stale answer must not trigger advice.
  { id: 'sharedWorkspace', dimension, rank: 2, when: all(USES_SOFTWARE, is('sw_shared_docs', 'never', 'sometimes')), priority: 2, effort: 'quick', resources: ['framasoft', 'solidatech'], steps: 2 },
  {
    // An EI sells: quotes, orders and customers deserve a tool.
    id: 'commercialTools',
    dimension,
    rank: 2,
    when: all(type('ei'), any(is('sw_uses', 'no'), all(USES_SOFTWARE, answeredWithout('sw_domains', 'commercial')))),
    priority: 2,
    effort: 'project',
    resources: ['franceNum'],
    steps: 2,
  },
];
