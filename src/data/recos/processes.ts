import type { Recommendation } from '../../core/recommendations';
import { EINVOICING_CALENDAR } from '../sources';
import { all, answeredWithout, any, dontKnow, is, type } from './when';

const dimension = 'processes';

const einvoicingNotReady = is('proc_einvoicing', 'not_started', 'informed');

export const processRecommendations: readonly Recommendation[] = [
  {
    // "Je ne sais pas" fires it too: not knowing whether backups exist is itself the risk.
    id: 'securityBasics',
    dimension,
    rank: 2,
    when: any(answeredWithout('proc_data_protection', 'backups'), answeredWithout('proc_data_protection', 'passwords')),
    priority: 1,
    effort: 'quick',
    resources: ['cybermalveillance'],
    steps: 2,
  },
  {
    id: 'personalDataBasics',
    dimension,
    rank: 2,
    when: any(answeredWithout('proc_data_protection', 'gdpr'), answeredWithout('proc_data_protection', 'access_rights')),
    priority: 1,
    effort: 'quick',
    resources: ['cnil'],
    steps: 2,
  },
  { id: 'digitiseOneProcess', dimension, rank: 2, when: is('proc_digitised', 'none'), priority: 1, effort: 'project', resources: ['franceNum'], steps: 2 },
  { id: 'sharedPathwayRecords', dimension, rank: 2, when: is('proc_pathway_record', 'paper', 'local_files'), priority: 1, effort: 'project', resources: ['cnil', 'franceNum'], steps: 2 },
  { id: 'iaeNoDoubleEntry', dimension, rank: 2, when: is('iae_double_entry', 'all', 'partly'), priority: 2, effort: 'project', resources: ['emploisInclusion'], steps: 2 },
  {
    // EI and ETTI sell and invoice; an EITI too. Dates: EINVOICING_CALENDAR.
    id: 'einvoicingDeadline',
    dimension,
    rank: 2,
    when: all(type('ei', 'etti', 'eiti'), einvoicingNotReady),
    priority: 1,
    effort: 'project',
    resources: ['franceNum'],
    steps: 2,
    source: EINVOICING_CALENDAR,
  },
  {
    // ACI and AI: concerned only if subject to VAT, which depends on each structure.
    id: 'einvoicingCheckVat',
    dimension,
    rank: 2,
    when: all(type('aci', 'ai', 'several'), any(einvoicingNotReady, dontKnow('proc_einvoicing'))),
    priority: 2,
    effort: 'quick',
    resources: ['franceNum'],
    steps: 2,
    source: EINVOICING_CALENDAR,
  },
  { id: 'missionContractsOnline', dimension, rank: 2, when: all(type('etti'), is('etti_contracts', 'no', 'some')), priority: 1, effort: 'project', resources: ['franceNum'], steps: 2 },
  { id: 'eitiInvoicingTool', dimension, rank: 2, when: all(type('eiti'), is('eiti_invoicing', 'no', 'some')), priority: 1, effort: 'quick', resources: ['franceNum'], steps: 2, source: EINVOICING_CALENDAR },
  { id: 'eitiOnlineVisibility', dimension, rank: 3, when: all(type('eiti'), is('eiti_visibility', 'no', 'some')), priority: 2, effort: 'quick', resources: ['franceNum'], steps: 2 },
  { id: 'sellToBuyers', dimension, rank: 3, when: all(type('ei'), answeredWithout('proc_digitised', 'commercial')), priority: 2, effort: 'quick', resources: ['leMarche'], steps: 2 },
];
