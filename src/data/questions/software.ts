/** Logiciels et outils métier: email, software use, which domains, sharing, fit, the IAE's own platforms. */
import type { Condition } from '../../core/conditions';
import type { Question } from '../../core/questionnaire';
import { ordered } from './options';

const dimension = 'software';

/** No software (or not known) rules out the questions about which software. */
export const USES_SOFTWARE: Condition = { question: 'sw_uses', anyOf: ['yes'] };

export const softwareQuestions: readonly Question[] = [
  // Asked before sw_uses, whose wording ("besides email…") builds on it.
  { id: 'sw_pro_email', dimension, kind: 'scale', options: ordered(['none', 'some', 'most', 'all']) },
  {
    // The study's figure (82 % work with software) is tied to this answer.
    id: 'sw_uses',
    dimension,
    kind: 'single',
    dontKnow: true,
    askWho: 'admin',
    options: [
      { id: 'yes', points: 2 },
      { id: 'no', points: 0 },
    ],
  },
  {
    // Capped at 4 of 5: an ACI with little commercial activity needs no
    // sales tool to earn full marks.
    id: 'sw_domains',
    dimension,
    kind: 'multiple',
    askedIf: USES_SOFTWARE,
    maxPoints: 4,
    options: ['payroll_hr', 'planning', 'accounting', 'pathway_followup', 'commercial'].map((id) => ({ id, points: 1 })),
  },
  { id: 'sw_shared_docs', dimension, kind: 'scale', askedIf: USES_SOFTWARE, options: ordered(['never', 'sometimes', 'often', 'always']) },
  {
    id: 'sw_fit',
    dimension,
    kind: 'single',
    dontKnow: true,
    askWho: 'direction',
    askedIf: USES_SOFTWARE,
    options: ordered(['not_at_all', 'partly', 'mostly', 'fully']),
  },
  {
    // Every SIAE must use the ASP's extranet IAE 2.0 and Les emplois de
    // l'inclusion (PASS IAE): a single person who knows them is a risk.
    id: 'iae_who',
    dimension,
    kind: 'single',
    dontKnow: true,
    askWho: 'admin',
    help: true,
    options: ordered(['nobody', 'one', 'two_plus']),
  },
];
