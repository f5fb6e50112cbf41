import type { Recommendation } from '../../core/recommendations';
import { all, any, is, levelAtMost, onMissions, onSite, type } from './when';

const dimension = 'pathway';

/** Only part of those who need it are trained: still worth extending. */
const notTrainedEnough = is('pw_training', 'no', 'referral', 'some');

export const pathwayRecommendations: readonly Recommendation[] = [
  // Access first: what people have (smartphone only, no data, no email) decides the rest.
  { id: 'checkConnectivity', dimension, rank: 1, when: is('pw_connectivity', 'no', 'sometimes'), priority: 1, effort: 'quick', resources: ['emmausConnect'], steps: 2 },
  // On-site types only: people on missions are not at the office (no "slots").
  { id: 'accessTimeSlots', dimension, rank: 1, when: all(is('pw_access', 'no', 'on_request'), onSite), priority: 2, effort: 'quick', resources: ['lesBonsClics'], steps: 2 },
  { id: 'assessOnEntry', dimension, rank: 2, when: is('pw_assessment', 'no', 'informal'), priority: 1, effort: 'quick', resources: ['lesBonsClics', 'pix'], steps: 2 },
  // Workshop and chantier structures can put training inside the working week.
  { id: 'trainInWorkTime', dimension, rank: 2, when: all(notTrainedEnough, onSite), priority: 1, effort: 'project', resources: ['lesBonsClics', 'laMednum'], steps: 2 },
  // ETTI and AI: people are on missions, so training fits between them.
  { id: 'trainBetweenMissions', dimension, rank: 2, when: all(notTrainedEnough, onMissions), priority: 1, effort: 'project', resources: ['lesBonsClics', 'laMednum'], steps: 2 },
  // EITI: self-employed entrepreneurs, trained on the tools of their business.
  { id: 'trainEntrepreneurs', dimension, rank: 2, when: all(notTrainedEnough, type('eiti')), priority: 1, effort: 'project', resources: ['lesBonsClics', 'franceNum'], steps: 2 },
  { id: 'onlineAdminWithThem', dimension, rank: 2, when: is('pw_online_admin', 'alone', 'for_them'), priority: 1, effort: 'project', resources: ['aidantsConnect', 'franceConnect', 'lesBonsClics'], steps: 2 },
  { id: 'eitiUrssafOnline', dimension, rank: 2, when: all(type('eiti'), is('eiti_declarations', 'no', 'some')), priority: 1, effort: 'quick', resources: ['urssafAutoEntrepreneur'], steps: 2 },
  { id: 'certifySkills', dimension, rank: 3, when: is('pw_certification', 'no', 'on_request'), priority: 2, effort: 'project', resources: ['clea', 'pix', 'monCompteFormation'], steps: 2 },
];
