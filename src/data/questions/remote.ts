/** Travail et lien à distance: video calls, reaching salariés en parcours, remote access, continuity. */
import type { Question } from '../../core/questionnaire';
import { isType, MISSION_TYPES, ordered } from './options';

const dimension = 'remote';

export const remoteQuestions: readonly Question[] = [
  { id: 'rem_video', dimension, kind: 'scale', options: ordered(['no', 'few', 'most', 'all']) },
  {
    // Group messaging (the study cites WhatsApp groups) beats individual
    // calls, but a channel chosen with them and with rules beats both.
    id: 'rem_messaging',
    dimension,
    kind: 'single',
    dontKnow: true,
    options: ordered(['in_person', 'phone', 'group_messaging', 'agreed_channel']),
  },
  {
    id: 'rem_remote_access',
    dimension,
    kind: 'single',
    dontKnow: true,
    options: ordered(['no', 'some', 'most', 'all']),
  },
  {
    // Only where salariés en parcours work away from the structure.
    id: 'rem_mission_docs',
    dimension,
    kind: 'scale',
    dontKnow: true,
    showIf: isType(MISSION_TYPES),
    options: ordered(['no', 'some', 'most', 'all']),
  },
  {
    id: 'rem_continuity',
    dimension,
    kind: 'single',
    dontKnow: true,
    options: ordered(['no', 'partly', 'mostly', 'fully']),
  },
];
