import type { Recommendation } from '../../core/recommendations';
import { all, any, dontKnow, hasWorkshop, is } from './when';

const dimension = 'skills';

const weak = ['low', 'basic'];

export const skillRecommendations: readonly Recommendation[] = [
  {
    // The study's finding: digital use concentrated in management. Fires
    // when direction is at ease and at least one other team is not.
    id: 'closeTeamGaps',
    dimension,
    when: all(
      is('sk_direction', 'comfortable', 'advanced'),
      any(is('sk_cip', ...weak), all(is('sk_supervisors', ...weak), hasWorkshop), is('sk_admin', ...weak)),
    ),
    priority: 1,
    effort: 'project',
    resources: ['pix', 'lesBonsClics'],
    steps: 3,
  },
  {
    // "Ne pas découvrir en même temps qu'eux": CIP guide salariés en parcours.
    id: 'cipDigitalConfidence',
    dimension,
    when: is('sk_cip', ...weak),
    priority: 1,
    effort: 'project',
    resources: ['lesBonsClics', 'aidantsConnect', 'pix'],
    steps: 3,
  },
  {
    // Workshop structures only (ACI, EI…): encadrants techniques spend the
    // day with salariés en parcours, at the workstation.
    id: 'supervisorsAtWorkstation',
    dimension,
    when: all(is('sk_supervisors', ...weak), hasWorkshop),
    priority: 2,
    effort: 'project',
    resources: ['lesBonsClics', 'pix'],
    steps: 3,
  },
  {
    id: 'showConcreteBenefits',
    dimension,
    when: is('sk_appetite', 'reluctant', 'mixed'),
    priority: 2,
    effort: 'quick',
    resources: ['weTechCare', 'lesBonsClics'],
    steps: 3,
  },
  {
    id: 'teamSkillsCheck',
    dimension,
    when: any(
      dontKnow('sk_direction'),
      dontKnow('sk_cip'),
      all(dontKnow('sk_supervisors'), hasWorkshop),
      dontKnow('sk_admin'),
    ),
    priority: 3,
    effort: 'quick',
    resources: ['pix'],
    steps: 2,
  },
];
