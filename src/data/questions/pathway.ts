/**
 * Le numérique avec les personnes en parcours: access, what they have,
 * assessing, training and certifying basic skills, online steps. The study
 * finds this very little deployed; the Pacte d'Ambition pour l'IAE asks for it.
 */
import type { Question } from '../../core/questionnaire';
import { isType, ordered, pickAny, share } from './options';

const dimension = 'pathway';

export const pathwayQuestions: readonly Question[] = [
  { id: 'pw_access', dimension, kind: 'single', options: ordered(['no', 'on_request', 'scheduled', 'autonomous']) },
  // Many have only a smartphone, sometimes no data plan or personal email.
  { id: 'pw_connectivity', dimension, kind: 'single', dontKnow: true, askWho: 'cip', options: ordered(['no', 'sometimes', 'always']) },
  { id: 'pw_assessment', dimension, kind: 'single', dontKnow: true, askWho: 'cip', help: true, options: ordered(['no', 'informal', 'tool_some', 'tool_all']) },
  { id: 'pw_training', dimension, kind: 'single', dontKnow: true, askWho: 'cip', options: ordered(['no', 'referral', 'some', 'all']) },
  // Doing it for them, with their codes, is worth nothing: they learn nothing and their data is exposed.
  { id: 'pw_online_admin', dimension, kind: 'single', dontKnow: true, askWho: 'cip', options: ordered(['alone', 'for_them', 'referred', 'with_them']) },
  { id: 'pw_certification', dimension, kind: 'single', dontKnow: true, askWho: 'cip', options: ordered(['no', 'on_request', 'offered']) },
  {
    id: 'pw_steps',
    dimension,
    kind: 'multiple',
    dontKnow: true,
    askWho: 'cip',
    options: pickAny(['online_procedures', 'job_search', 'personal_email', 'own_documents']),
  },
  // EITI: self-employed participants declare their turnover online (URSSAF, compulsory since 2019).
  { id: 'eiti_declarations', dimension, kind: 'scale', dontKnow: true, askWho: 'cip', applicableIf: isType(['eiti']), options: share },
];
