import type { Persona } from './persona';

export const smallAi: Persona = {
  name: 'smallAi',
  story:
    'Une association intermédiaire rurale : une directrice et une CIP, une quarantaine de personnes en parcours mises à disposition ' +
    'de particuliers et de mairies. La plupart n’ont qu’un smartphone, souvent sans forfait. La CIP fait les démarches en ligne à ' +
    'leur place, avec leurs identifiants ; les relevés d’heures arrivent sur papier. La CIP remplit le diagnostic et ne sait pas tout.',
  profile: { structureType: 'ai', permanentStaff: 'p1_5', pathwayStaff: 's21_50', role: 'cip' },
  answers: {
    eq_sufficiency: 'partly',
    eq_staff_computers: 'all',
    eq_connection: 'adequate',
    eq_pathway_devices: ['none'],
    eq_upkeep: 'volunteer',
    eq_renewal: 'dk',
    sw_pro_email: 'all',
    sw_uses: 'yes',
    sw_domains: ['payroll_hr', 'planning'],
    sw_shared_docs: 'sometimes',
    sw_fit: 'partly',
    iae_who: 'one',
    proc_digitised: ['admin', 'planning'],
    proc_pathway_record: 'local_files',
    iae_double_entry: 'partly',
    proc_data_protection: ['passwords'],
    proc_einvoicing: 'dk',
    sk_direction: 'comfortable',
    sk_cip: 'basic',
    // No sk_supervisors (an AI has none) and no sk_admin (two permanents, no administrative team).
    iae_ease: 'basic',
    sk_appetite: 'mostly',
    pw_access: 'on_request',
    pw_connectivity: 'sometimes',
    pw_assessment: 'informal',
    pw_training: 'referral',
    pw_online_admin: 'for_them',
    pw_certification: 'no',
    pw_steps: ['job_search'],
    rem_messaging: 'phone',
    rem_remote_access: 'some',
    rem_mission_docs: 'no',
    rem_continuity: 'partly',
    strat_plan: 'dk',
    strat_lead: 'informal',
    strat_training: 'few',
    strat_ambassadors: 'no',
  },
};
