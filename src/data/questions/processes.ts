/** Processus numérisés: which processes, pathway records, paperwork, reporting, data protection. */
import type { Question } from '../../core/questionnaire';
import { ordered, pickAny } from './options';

const dimension = 'processes';

export const processQuestions: readonly Question[] = [
  {
    // The study's figure (98 % digitised all or part) is tied to this answer.
    // Capped at 4 of 5 for the same reason as sw_domains: not every
    // structure has a commercial activity to digitise.
    id: 'proc_digitised',
    dimension,
    kind: 'multiple',
    dontKnow: true,
    help: true,
    maxPoints: 4,
    options: pickAny(['recruitment', 'pathway', 'commercial', 'admin', 'planning']),
  },
  {
    id: 'proc_pathway_record',
    dimension,
    kind: 'single',
    dontKnow: true,
    options: ordered(['paper', 'local_files', 'shared_files', 'dedicated_tool']),
  },
  { id: 'proc_paperless', dimension, kind: 'scale', dontKnow: true, options: ordered(['none', 'some', 'most', 'all']) },
  {
    id: 'proc_reporting',
    dimension,
    kind: 'single',
    dontKnow: true,
    options: ordered(['manual', 'partly', 'mostly', 'automatic']),
  },
  {
    // Security and personal data sit here because the records of
    // salariés en parcours are the most sensitive data a SIAE holds.
    id: 'proc_data_protection',
    dimension,
    kind: 'multiple',
    dontKnow: true,
    options: pickAny(['access_rights', 'backups', 'passwords', 'gdpr']),
  },
];
