import type { Persona } from './persona';

export const beginnerAci: Persona = {
  name: 'beginnerAci',
  story:
    'Un petit atelier et chantier d’insertion en espaces verts : trois permanents, une trentaine de salariés en parcours. ' +
    'La directrice partage un ordinateur avec l’assistante ; la connexion du local est lente. Hormis la messagerie, ' +
    'tout se fait sur papier ou à la main, et rien n’est encore proposé aux salariés en parcours sur le numérique.',
  profile: { structureType: 'aci', permanentStaff: 'p1_5', pathwayStaff: 's21_50', role: 'director' },
  answers: {
    eq_sufficiency: 'partly',
    eq_staff_computers: 'some',
    eq_connection: 'unreliable',
    eq_pathway_devices: ['none'],
    eq_upkeep: 'nobody',
    eq_renewal: 'no',
    sw_pro_email: 'some',
    sw_uses: 'no',
    // The director does the extranet IAE 2.0 and PASS IAE entries alone.
    iae_who: 'one',
    // Only the mandatory online reporting is digital.
    proc_digitised: ['admin'],
    proc_pathway_record: 'paper',
    iae_double_entry: 'all',
    proc_data_protection: ['access_rights'],
    proc_einvoicing: 'dk',
    sk_direction: 'basic',
    sk_cip: 'basic',
    sk_supervisors: 'low',
    // No sk_admin: with 1–5 permanents there is no separate administrative team.
    iae_ease: 'basic',
    sk_appetite: 'mixed',
    pw_access: 'no',
    pw_assessment: 'no',
    pw_connectivity: 'no',
    pw_training: 'no',
    pw_online_admin: 'for_them',
    pw_certification: 'no',
    pw_steps: ['none'],
    rem_messaging: 'phone',
    rem_remote_access: 'no',
    rem_continuity: 'partly',
    strat_plan: 'none',
    strat_lead: 'no',
    strat_training: 'none',
    strat_ambassadors: 'no',
  },
};
