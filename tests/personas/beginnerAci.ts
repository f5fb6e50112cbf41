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
    eq_maintenance: 'none',
    sw_pro_email: 'some',
    sw_uses: 'no',
    // Only the mandatory online reporting is digital.
    proc_digitised: ['admin'],
    proc_pathway_record: 'paper',
    proc_paperless: 'some',
    proc_reporting: 'manual',
    proc_data_protection: ['access_rights'],
    sk_direction: 'basic',
    sk_cip: 'basic',
    sk_supervisors: 'low',
    sk_admin: 'basic',
    sk_appetite: 'mixed',
    pw_access: 'no',
    pw_assessment: 'no',
    pw_training: 'no',
    pw_steps: ['none'],
    pw_cip_support: 'never',
    rem_video: 'few',
    rem_messaging: 'phone',
    rem_remote_access: 'no',
    rem_continuity: 'partly',
    strat_plan: 'none',
    strat_lead: 'no',
    strat_training: 'none',
    strat_ambassadors: 'no',
  },
};
