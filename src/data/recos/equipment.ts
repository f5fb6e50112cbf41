import type { Recommendation } from '../../core/recommendations';
import { all, any, is, onMissions } from './when';

const dimension = 'equipment';

// Rank 1 but upkeep: nothing else works without equipment and a connection.
// "Je ne sais pas" needs no advice of its own: the list of points to check says whom to ask.
export const equipmentRecommendations: readonly Recommendation[] = [
  { id: 'equipEveryStaff', dimension, rank: 1, when: is('eq_staff_computers', 'none', 'some'), priority: 1, effort: 'project', resources: ['solidatech', 'emmausConnect'], steps: 2 },
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
    steps: 2,
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
    steps: 2,
  },
  { id: 'fundEquipment', dimension, rank: 1, when: is('eq_sufficiency', 'partly', 'not_at_all'), priority: 2, effort: 'quick', resources: ['avise', 'solidatech'], steps: 2 },
  { id: 'reliableConnection', dimension, rank: 1, when: is('eq_connection', 'none', 'unreliable'), priority: 2, effort: 'project', resources: ['franceNum'], steps: 2 },
  { id: 'maintenanceAndRenewal', dimension, rank: 2, when: any(is('eq_upkeep', 'nobody'), is('eq_renewal', 'no')), priority: 2, effort: 'project', resources: ['solidatech', 'cybermalveillance'], steps: 2 },
];
