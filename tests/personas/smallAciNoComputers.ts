import type { Persona } from './persona';

/**
 * The small ACI of issue 11, which used to get 28 recommendations with
 * "Nommer un référent numérique" first while its staff lacked computers,
 * and nothing on training people on a pathway among the first five.
 */
export const smallAciNoComputers: Persona = {
  name: 'smallAciNoComputers',
  story:
    'Un petit chantier d’insertion en bâtiment : quatre permanents sans ordinateur à eux, qui partagent le poste du bureau ' +
    'et leurs adresses personnelles ; vingt-cinq personnes en parcours, aucune formation au numérique. Rien n’est planifié ni confié à quelqu’un.',
  profile: { structureType: 'aci', permanentStaff: 'p1_5', pathwayStaff: 's21_50', role: 'director' },
  answers: {
    eq_sufficiency: 'not_at_all',
    eq_staff_computers: 'none',
    eq_connection: 'unreliable',
    eq_pathway_devices: ['none'],
    eq_upkeep: 'nobody',
    eq_renewal: 'no',
    sw_pro_email: 'none',
    sw_uses: 'no',
    iae_who: 'one',
    proc_digitised: ['admin'],
    proc_pathway_record: 'paper',
    iae_double_entry: 'all',
    proc_data_protection: ['none'],
    proc_einvoicing: 'not_started',
    sk_direction: 'basic',
    sk_cip: 'low',
    sk_supervisors: 'low',
    iae_ease: 'low',
    sk_appetite: 'mixed',
    pw_access: 'no',
    pw_connectivity: 'no',
    pw_assessment: 'no',
    pw_training: 'no',
    pw_online_admin: 'alone',
    pw_certification: 'no',
    pw_steps: ['none'],
    rem_messaging: 'phone',
    rem_remote_access: 'no',
    rem_continuity: 'no',
    strat_plan: 'none',
    strat_lead: 'no',
    strat_training: 'none',
    strat_ambassadors: 'no',
  },
};
