/**
 * What answers to earlier questionnaire versions still mean. 2026.2 revised
 * the questionnaire for the IAE's realities (issue 11): kept below are the
 * questions whose wording was only clarified, with the same options and
 * points; everything else (skills scales reworded, upkeep split in two,
 * plan options redefined, steps reworded, removed questions) is asked again.
 */
import type { Revision } from '../core/revision';

export const revisions: readonly Revision[] = [
  {
    from: '2026.1',
    kept: [
      'eq_sufficiency',
      'eq_staff_computers',
      'eq_connection',
      'eq_pathway_devices',
      'sw_pro_email',
      'sw_uses',
      'sw_domains',
      'sw_shared_docs',
      'sw_fit',
      'proc_digitised',
      'proc_pathway_record',
      'proc_data_protection',
      'sk_appetite',
      'pw_access',
      'pw_assessment',
      'pw_training',
      'rem_messaging',
      'rem_remote_access',
      'rem_mission_docs',
      'rem_continuity',
      'strat_lead',
      'strat_training',
      'strat_ambassadors',
    ],
  },
];
