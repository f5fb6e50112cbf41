import type { Recommendation } from '../../core/recommendations';
import { all, any, dontKnow, is, onMissions, onSite } from './when';

const dimension = 'equipment';

// Rank 1 throughout but the inventory: nothing else works without equipment.
export const equipmentRecommendations: readonly Recommendation[] = [
  { id: 'equipEveryStaff', dimension, rank: 1, when: is('eq_staff_computers', 'none', 'some'), priority: 1, effort: 'project', resources: ['solidatech', 'emmausConnect'], steps: 3 },
  {
    // Where people on a pathway come to the premises (ACI, EI…), a shared
    // computer corner is the most direct way in.
    id: 'pathwayDeviceCorner',
    dimension,
    rank: 1,
    when: all(is('eq_pathway_devices', 'none'), { not: onMissions }),
    priority: 1,
    effort: 'project',
    resources: ['solidatech', 'emmausConnect'],
    steps: 3,
  },
  {
    // ETTI and AI people are at client sites: access has to travel with them.
    id: 'pathwayMobileAccess',
    dimension,
    rank: 1,
    when: all(is('eq_pathway_devices', 'none'), onMissions),
    priority: 1,
    effort: 'project',
    resources: ['emmausConnect', 'solidatech'],
    steps: 3,
  },
  { id: 'fundEquipment', dimension, rank: 1, when: is('eq_sufficiency', 'partly', 'not_at_all'), priority: 2, effort: 'quick', resources: ['avise', 'solidatech'], steps: 3 },
  { id: 'reliableConnection', dimension, rank: 1, when: is('eq_connection', 'none', 'unreliable'), priority: 2, effort: 'project', resources: ['franceNum'], steps: 3 },
  { id: 'maintenanceAndRenewal', dimension, rank: 2, when: any(is('eq_upkeep', 'nobody'), is('eq_renewal', 'no')), priority: 2, effort: 'project', resources: ['solidatech', 'cybermalveillance'], steps: 3 },
  {
    id: 'equipmentInventory',
    dimension,
    rank: 2,
    when: any(dontKnow('eq_sufficiency'), dontKnow('eq_connection'), dontKnow('eq_upkeep'), dontKnow('eq_renewal')),
    priority: 3,
    effort: 'quick',
    resources: ['franceNum'],
    steps: 2,
  },
];
