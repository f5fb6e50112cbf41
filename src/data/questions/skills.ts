/**
 * Compétences et appétence des permanents: one question per team, so that
 * gaps between teams (the study finds digital use concentrated in
 * management) show up and can trigger their own recommendation.
 */
import type { Question } from '../../core/questionnaire';
import { isType, ordered, WORKSHOP_TYPES } from './options';

const dimension = 'skills';

/** Each step says what people do alone, so "à l'aise" is not read two ways. */
const ease = ordered(['low', 'basic', 'comfortable', 'advanced']);

export const skillQuestions: readonly Question[] = [
  { id: 'sk_direction', dimension, kind: 'scale', dontKnow: true, askWho: 'direction', options: ease },
  { id: 'sk_cip', dimension, kind: 'scale', dontKnow: true, askWho: 'cip', options: ease },
  // Only where there are encadrants techniques (ACI and EI workshops and chantiers).
  { id: 'sk_supervisors', dimension, kind: 'scale', dontKnow: true, askWho: 'supervisor', applicableIf: isType(WORKSHOP_TYPES), options: ease },
  // With 1–5 permanents there is no separate administrative team.
  { id: 'sk_admin', dimension, kind: 'scale', dontKnow: true, askWho: 'admin', applicableIf: { not: { profile: 'permanentStaff', anyOf: ['p1_5'] } }, options: ease },
  { id: 'iae_ease', dimension, kind: 'scale', dontKnow: true, askWho: 'admin', options: ease },
  { id: 'sk_appetite', dimension, kind: 'scale', options: ordered(['reluctant', 'mixed', 'mostly', 'convinced']) },
];
