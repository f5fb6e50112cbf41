import type { Recommendation } from '../../core/recommendations';
import { all, any, hasWorkshop, is } from './when';

const dimension = 'skills';

const weak = ['low', 'basic'];

export const skillRecommendations: readonly Recommendation[] = [
  {
    // "Ne pas découvrir en même temps qu'eux": CIP guide people on a pathway.
    id: 'cipDigitalConfidence',
    dimension,
    rank: 2,
    when: is('sk_cip', ...weak),
    priority: 1,
    effort: 'project',
    resources: ['lesBonsClics', 'aidantsConnect', 'pix'],
    steps: 2,
  },
  {
    // ACI and EI: encadrants techniques spend the day with people on a pathway, on the chantier.
    id: 'supervisorsAtWorkstation',
    dimension,
    rank: 2,
    when: all(is('sk_supervisors', ...weak), hasWorkshop),
    priority: 2,
    effort: 'project',
    resources: ['lesBonsClics', 'pix'],
    steps: 2,
  },
  { id: 'iaePlatformsTraining', dimension, rank: 2, when: is('iae_ease', ...weak), priority: 2, effort: 'quick', resources: ['emploisInclusion'], steps: 2 },
  {
    // The study's finding: digital use concentrated in management.
    id: 'closeTeamGaps',
    dimension,
    rank: 3,
    when: all(
      is('sk_direction', 'comfortable', 'advanced'),
      any(is('sk_cip', ...weak), all(is('sk_supervisors', ...weak), hasWorkshop), is('sk_admin', ...weak)),
    ),
    priority: 1,
    effort: 'project',
    resources: ['pix', 'lesBonsClics'],
    steps: 2,
  },
];
