/**
 * Compétences et appétence des permanents: one question per team, so that
 * gaps between teams (the study finds digital use concentrated in
 * management) show up and can trigger their own recommendation.
 */
import type { Question } from '../../core/questionnaire';
import { isType, NO_WORKSHOP_TYPES, ordered } from './options';

const dimension = 'skills';

const ease = ordered(['low', 'basic', 'comfortable', 'advanced']);

export const skillQuestions: readonly Question[] = [
  { id: 'sk_direction', dimension, kind: 'scale', dontKnow: true, help: true, options: ease },
  { id: 'sk_cip', dimension, kind: 'scale', dontKnow: true, options: ease },
  {
    // ETTI, AI and EITI have no encadrants techniques: they place people
    // with clients or support self-employed people rather than run a workshop.
    id: 'sk_supervisors',
    dimension,
    kind: 'scale',
    dontKnow: true,
    showIf: { not: isType(NO_WORKSHOP_TYPES) },
    options: ease,
  },
  { id: 'sk_admin', dimension, kind: 'scale', dontKnow: true, options: ease },
  { id: 'sk_appetite', dimension, kind: 'scale', options: ordered(['reluctant', 'mixed', 'mostly', 'convinced']) },
];
