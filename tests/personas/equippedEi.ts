import type { Persona } from './persona';

export const equippedEi: Persona = {
  name: 'equippedEi',
  story:
    'Une entreprise d’insertion de logistique bien outillée : une trentaine de permanents, près de quatre-vingts salariés en parcours. ' +
    'Chacun a son poste, les logiciels couvrent la paie, le planning, la facturation et le suivi des parcours, et une référente ' +
    'numérique a du temps pour cela. Les salariés en parcours passent un test de positionnement à l’entrée ; la formation ne touche ' +
    'encore qu’une partie de ceux qui en ont besoin.',
  profile: { structureType: 'ei', permanentStaff: 'p16_50', pathwayStaff: 's51_100', role: 'director' },
  answers: {
    eq_sufficiency: 'fully',
    eq_staff_computers: 'all',
    eq_connection: 'good',
    eq_pathway_devices: ['shared_devices', 'wifi'],
    eq_upkeep: 'provider',
    eq_renewal: 'planned',
    sw_pro_email: 'all',
    sw_uses: 'yes',
    sw_domains: ['payroll_hr', 'planning', 'accounting', 'pathway_followup'],
    sw_shared_docs: 'often',
    sw_fit: 'mostly',
    iae_who: 'two_plus',
    proc_digitised: ['recruitment', 'pathway', 'commercial', 'admin', 'planning'],
    proc_pathway_record: 'dedicated_tool',
    iae_double_entry: 'none',
    proc_data_protection: ['access_rights', 'backups', 'passwords', 'gdpr'],
    // Informed, no tool chosen yet: the September 2026 deadline is its gap.
    proc_einvoicing: 'informed',
    sk_direction: 'advanced',
    sk_cip: 'comfortable',
    sk_supervisors: 'comfortable',
    sk_admin: 'advanced',
    iae_ease: 'comfortable',
    sk_appetite: 'convinced',
    pw_access: 'scheduled',
    pw_connectivity: 'always',
    pw_assessment: 'tool_all',
    pw_training: 'some',
    pw_online_admin: 'with_them',
    pw_certification: 'no',
    pw_steps: ['online_procedures', 'job_search', 'personal_email'],
    rem_messaging: 'agreed_channel',
    rem_remote_access: 'most',
    rem_continuity: 'mostly',
    strat_plan: 'goals',
    strat_lead: 'named_time',
    strat_training: 'all_teams',
    strat_ambassadors: 'several',
  },
};
