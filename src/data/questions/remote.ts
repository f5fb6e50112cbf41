/** Travail et lien à distance: reaching people on a pathway, remote access, missions, continuity. */
import type { Question } from '../../core/questionnaire';
import { isType, MISSION_TYPES, ordered } from './options';

const dimension = 'remote';

export const remoteQuestions: readonly Question[] = [
  {
    // Group messaging (the study cites WhatsApp groups) beats individual
    // calls, but a channel chosen with them and with rules beats both.
    id: 'rem_messaging',
    dimension,
    kind: 'single',
    dontKnow: true,
    askWho: 'cip',
    options: ordered(['in_person', 'phone', 'group_messaging', 'agreed_channel']),
  },
  { id: 'rem_remote_access', dimension, kind: 'single', dontKnow: true, askWho: 'admin', options: ordered(['no', 'some', 'most', 'all']) },
  {
    // Only where people on a pathway work away from the structure.
    id: 'rem_mission_docs',
    dimension,
    kind: 'scale',
    dontKnow: true,
    askWho: 'admin',
    applicableIf: isType(MISSION_TYPES),
    options: ordered(['no', 'some', 'most', 'all']),
  },
  // ETTI: an online space where temporary workers find contracts, timesheets, payslips.
  { id: 'etti_worker_space', dimension, kind: 'single', dontKnow: true, askWho: 'admin', applicableIf: isType(['etti']), options: ordered(['no', 'planned', 'some', 'all']) },
  { id: 'rem_continuity', dimension, kind: 'single', dontKnow: true, askWho: 'direction', options: ordered(['no', 'partly', 'mostly', 'fully']) },
];
