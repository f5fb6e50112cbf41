import type { Recommendation } from '../../core/recommendations';
import { USES_SOFTWARE } from '../questions/software';
import { all, is } from './when';

const dimension = 'software';

export const softwareRecommendations: readonly Recommendation[] = [
  {
    id: 'firstSoftware',
    dimension,
    when: is('sw_uses', 'no'),
    priority: 1,
    effort: 'project',
    resources: ['franceNum', 'solidatech'],
    steps: 3,
  },
  {
    id: 'proEmailForAll',
    dimension,
    when: is('sw_pro_email', 'none', 'some'),
    priority: 1,
    effort: 'quick',
    resources: ['solidatech', 'cybermalveillance'],
    steps: 3,
  },
  {
    // USES_SOFTWARE repeats the question's showIf: a stale answer to a
    // hidden question must not trigger advice.
    id: 'sharedWorkspace',
    dimension,
    when: all(USES_SOFTWARE, is('sw_shared_docs', 'never', 'sometimes')),
    priority: 2,
    effort: 'quick',
    resources: ['framasoft', 'solidatech'],
    steps: 3,
  },
  {
    id: 'reviewToolsWithUsers',
    dimension,
    when: all(USES_SOFTWARE, is('sw_fit', 'not_at_all', 'partly')),
    priority: 2,
    effort: 'project',
    resources: ['franceNum'],
    steps: 3,
  },
];
