/** Processus numérisés: which processes, records, IAE reporting, data protection, e-invoicing, type-specific ones. */
import type { Question } from '../../core/questionnaire';
import { isType, ordered, pickAny, share } from './options';

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
    askWho: 'direction',
    help: true,
    maxPoints: 4,
    options: pickAny(['recruitment', 'pathway', 'commercial', 'admin', 'planning']),
  },
  {
    id: 'proc_pathway_record',
    dimension,
    kind: 'single',
    dontKnow: true,
    askWho: 'cip',
    options: ordered(['paper', 'local_files', 'shared_files', 'dedicated_tool']),
  },
  {
    // Monthly follow-ups in the extranet IAE 2.0 can be produced by HR
    // software used in the IAE (aide.ming-iae.org, 2025): retyping is avoidable.
    id: 'iae_double_entry',
    dimension,
    kind: 'single',
    dontKnow: true,
    askWho: 'admin',
    options: ordered(['all', 'partly', 'none']),
  },
  {
    // Records of people on a pathway are the most sensitive data an SIAE holds.
    id: 'proc_data_protection',
    dimension,
    kind: 'multiple',
    dontKnow: true,
    askWho: 'direction',
    options: pickAny(['access_rights', 'backups', 'passwords', 'gdpr']),
  },
  {
    // E-invoicing: receive from 1 Sept 2026, issue from 1 Sept 2027 for SMEs
    // (bpifrance-creation.fr, Jan 2026). Concerns structures subject to VAT:
    // "not subject" is a full answer, not a gap (ACI and AI: ask, do not assume).
    id: 'proc_einvoicing',
    dimension,
    kind: 'single',
    dontKnow: true,
    askWho: 'admin',
    options: [...ordered(['not_started', 'informed', 'tool_chosen', 'ready']), { id: 'not_subject', points: 3 }],
  },
  // ETTI: the contrat de mission must reach the worker within 2 working days (L1251-17).
  { id: 'etti_contracts', dimension, kind: 'scale', dontKnow: true, askWho: 'admin', applicableIf: isType(['etti']), options: share },
  // EITI: participants are self-employed and invoice their own clients.
  { id: 'eiti_invoicing', dimension, kind: 'scale', dontKnow: true, askWho: 'cip', applicableIf: isType(['eiti']), options: share },
  { id: 'eiti_visibility', dimension, kind: 'scale', dontKnow: true, askWho: 'cip', applicableIf: isType(['eiti']), options: share },
];
