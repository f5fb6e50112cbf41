import type { Recommendation } from '../../core/recommendations';
import { all, any, dontKnow, is, notOnMissions, onMissions } from './when';

const dimension = 'equipment';

export const equipmentRecommendations: readonly Recommendation[] = [
  {
    id: 'equipEveryStaff',
    dimension,
    when: is('eq_staff_computers', 'none', 'some'),
    priority: 1,
    effort: 'project',
    resources: ['solidatech', 'emmausConnect'],
    steps: 3,
  },
  {
    // Where salariés en parcours come to the premises every day (ACI, EI…),
    // a shared computer corner is the most direct way in.
    id: 'pathwayDeviceCorner',
    dimension,
    when: all(is('eq_pathway_devices', 'none'), notOnMissions),
    priority: 1,
    effort: 'project',
    resources: ['solidatech', 'emmausConnect'],
    steps: 3,
  },
  {
    // ETTI and AI employees are at client sites: access has to travel with
    // them (own phone, solidarity offers, the agency's computer on visits).
    id: 'pathwayMobileAccess',
    dimension,
    when: all(is('eq_pathway_devices', 'none'), onMissions),
    priority: 1,
    effort: 'project',
    resources: ['emmausConnect', 'solidatech'],
    steps: 3,
  },
  {
    id: 'fundEquipment',
    dimension,
    when: is('eq_sufficiency', 'partly', 'not_at_all'),
    priority: 2,
    effort: 'quick',
    resources: ['avise', 'solidatech'],
    steps: 3,
  },
  {
    id: 'reliableConnection',
    dimension,
    when: is('eq_connection', 'none', 'unreliable'),
    priority: 2,
    effort: 'project',
    resources: ['franceNum'],
    steps: 3,
  },
  {
    id: 'maintenanceAndRenewal',
    dimension,
    when: is('eq_maintenance', 'none', 'volunteer'),
    priority: 2,
    effort: 'project',
    resources: ['solidatech', 'cybermalveillance'],
    steps: 3,
  },
  {
    id: 'equipmentInventory',
    dimension,
    when: any(dontKnow('eq_sufficiency'), dontKnow('eq_connection'), dontKnow('eq_maintenance')),
    priority: 3,
    effort: 'quick',
    resources: ['franceNum'],
    steps: 2,
  },
];
