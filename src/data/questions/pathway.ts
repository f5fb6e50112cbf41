/**
 * Le numérique avec les salariés en parcours: access, assessing and training
 * basic digital skills, digital steps in the pathway. The study finds this
 * very little deployed; the Pacte d'Ambition pour l'IAE asks for it.
 */
import type { Question } from '../../core/questionnaire';
import { ordered, pickAny } from './options';

const dimension = 'pathway';

export const pathwayQuestions: readonly Question[] = [
  {
    id: 'pw_access',
    dimension,
    kind: 'single',
    options: ordered(['no', 'on_request', 'scheduled', 'autonomous']),
  },
  {
    id: 'pw_assessment',
    dimension,
    kind: 'single',
    dontKnow: true,
    help: true,
    options: ordered(['no', 'informal', 'tool_some', 'tool_all']),
  },
  {
    id: 'pw_training',
    dimension,
    kind: 'single',
    dontKnow: true,
    options: ordered(['no', 'referral', 'some', 'all']),
  },
  {
    id: 'pw_steps',
    dimension,
    kind: 'multiple',
    dontKnow: true,
    options: pickAny(['online_procedures', 'job_search', 'personal_email', 'payslip_access']),
  },
  {
    id: 'pw_cip_support',
    dimension,
    kind: 'scale',
    dontKnow: true,
    options: ordered(['never', 'sometimes', 'often', 'always']),
  },
];
