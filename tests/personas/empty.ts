import type { Persona } from './persona';

export const empty: Persona = {
  name: 'empty',
  story: 'Quelqu’un ouvre le diagnostic et va directement aux résultats, sans rien remplir, pas même le profil.',
  profile: {},
  answers: {},
};
