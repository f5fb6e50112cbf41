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
    eq_upkeep: dk,
    eq_renewal: dk,
    sw_pro_email: 'none',
    // "Je ne sais pas" rules out the questions about which software (counted at 0).
    sw_uses: dk,
    iae_who: dk,
    proc_digitised: [dk],
    proc_pathway_record: dk,
    iae_double_entry: dk,
    proc_data_protection: [dk],
    proc_einvoicing: dk,
    sk_direction: dk,
    sk_cip: dk,
    sk_admin: dk,
    iae_ease: dk,
    sk_appetite: 'reluctant',
    pw_access: 'no',
    pw_connectivity: dk,
    pw_assessment: dk,
    pw_training: dk,
    pw_online_admin: dk,
    pw_certification: dk,
    pw_steps: [dk],
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
