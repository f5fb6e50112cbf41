import type { Persona } from './persona';

export const ettiToolsNotPeople: Persona = {
  name: 'ettiToolsNotPeople',
  story:
    'Une entreprise de travail temporaire d’insertion d’une dizaine de permanents, qui délègue près de quatre-vingts salariés en ' +
    'parcours chez ses clients. Le directeur a tout outillé : paie, planning, facturation, relevés d’heures envoyés depuis le ' +
    'téléphone. Mais les CIP sont peu à l’aise, le suivi des parcours reste dans leurs fichiers, et rien n’est fait pour les ' +
    'compétences numériques des personnes en parcours, qu’on joint par un groupe WhatsApp.',
  profile: { structureType: 'etti', permanentStaff: 'p6_15', pathwayStaff: 's51_100', role: 'director' },
  answers: {
    eq_sufficiency: 'mostly',
    eq_staff_computers: 'all',
    eq_connection: 'good',
    eq_pathway_devices: ['none'],
    eq_upkeep: 'provider',
    eq_renewal: 'considered',
    sw_pro_email: 'all',
    sw_uses: 'yes',
    sw_domains: ['payroll_hr', 'planning', 'accounting', 'commercial'],
    sw_shared_docs: 'always',
    sw_fit: 'mostly',
    iae_who: 'two_plus',
    proc_digitised: ['recruitment', 'commercial', 'admin', 'planning'],
    proc_pathway_record: 'local_files',
    iae_double_entry: 'none',
    // No GDPR register: data-protection advice must come before sharing practice.
    proc_data_protection: ['access_rights', 'backups', 'passwords'],
    proc_einvoicing: 'tool_chosen',
    etti_contracts: 'most',
    sk_direction: 'advanced',
    sk_cip: 'low',
    // No sk_supervisors: an ETTI has no encadrants techniques, the question does not apply.
    sk_admin: 'basic',
    iae_ease: 'comfortable',
    sk_appetite: 'mixed',
    pw_access: 'no',
    pw_connectivity: 'no',
    pw_assessment: 'no',
    pw_training: 'referral',
    pw_online_admin: 'referred',
    pw_certification: 'no',
    pw_steps: ['own_documents'],
    rem_messaging: 'group_messaging',
    rem_remote_access: 'all',
    rem_mission_docs: 'all',
    etti_worker_space: 'some',
    rem_continuity: 'partly',
    strat_plan: 'budget',
    strat_lead: 'named',
    strat_training: 'few',
    strat_ambassadors: 'no',
  },
};
