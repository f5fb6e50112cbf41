import type { Persona } from './persona';

const dk = 'dk';

export const allDontKnow: Persona = {
  name: 'allDontKnow',
  story:
    'Une chargée d’accueil d’une association intermédiaire, arrivée depuis peu, remplit le diagnostic seule. Elle répond ' +
    '« je ne sais pas » partout où c’est proposé ; ailleurs, elle choisit la réponse la plus prudente.',
  profile: { structureType: 'ai', permanentStaff: 'p6_15', pathwayStaff: 's21_50', role: 'other' },
  answers: {
    eq_sufficiency: dk,
    eq_staff_computers: 'none',
    eq_connection: dk,
    eq_pathway_devices: ['none'],
    eq_maintenance: dk,
    sw_pro_email: 'none',
    // "Je ne sais pas" hides the questions about which software.
    sw_uses: dk,
    proc_digitised: [dk],
    proc_pathway_record: dk,
    proc_paperless: dk,
    proc_reporting: dk,
    proc_data_protection: [dk],
    sk_direction: dk,
    sk_cip: dk,
    sk_admin: dk,
    sk_appetite: 'reluctant',
    pw_access: 'no',
    pw_assessment: dk,
    pw_training: dk,
    pw_steps: [dk],
    pw_cip_support: dk,
    rem_video: 'no',
    rem_messaging: dk,
    rem_remote_access: dk,
    rem_mission_docs: dk,
    rem_continuity: dk,
    strat_plan: dk,
    strat_lead: 'no',
    strat_training: dk,
    strat_ambassadors: dk,
  },
};
