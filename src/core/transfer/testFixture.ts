/**
 * A small questionnaire for the transfer tests, covering every kind of
 * question: single, multiple with an exclusive option, scale, "je ne sais
 * pas", and questions hidden by an answer or by the profile.
 */
import type { Question, Questionnaire } from '../questionnaire';

const scale = [0, 1, 2, 3, 4].map((p) => ({ id: `s${p}`, points: p }));

export const fixture: Questionnaire = {
  version: 'test-1',
  dimensions: [{ id: 'tools' }, { id: 'skills' }],
  profile: [
    { id: 'structureType', kind: 'single', options: [{ id: 'ACI' }, { id: 'EI' }, { id: 'ETTI' }, { id: 'AI' }] },
    { id: 'sectors', kind: 'multiple', options: [{ id: 'btp' }, { id: 'services' }, { id: 'agri' }] },
  ],
  questions: [
    { id: 'q1', dimension: 'tools', kind: 'single', options: [{ id: 'a', points: 0 }, { id: 'b', points: 1 }, { id: 'c', points: 2 }] },
    {
      id: 'q2',
      dimension: 'tools',
      kind: 'multiple',
      dontKnow: true,
      options: [{ id: 'x', points: 1 }, { id: 'y', points: 1 }, { id: 'z', points: 1 }, { id: 'none', points: 0, exclusive: true }],
    },
    { id: 'q3', dimension: 'tools', kind: 'scale', dontKnow: true, options: scale },
    {
      id: 'q4',
      dimension: 'skills',
      kind: 'single',
      askedIf: { question: 'q1', anyOf: ['b', 'c'] },
      options: [{ id: 'yes', points: 2 }, { id: 'no', points: 0 }],
    },
    { id: 'q5', dimension: 'skills', kind: 'multiple', maxPoints: 2, options: [{ id: 'p', points: 1 }, { id: 'q', points: 1 }, { id: 'r', points: 1 }] },
    { id: 'q6', dimension: 'skills', kind: 'scale', dontKnow: true, applicableIf: { profile: 'structureType', anyOf: ['ACI'] }, options: scale },
  ],
};

/** Every question answered; q4 is hidden (q1 = a) but answered, as a user may leave it. */
export const fullProfile = { structureType: 'EI', sectors: ['btp', 'agri'] };
export const fullAnswers = { q1: 'a', q2: ['none'], q3: 'dk', q4: 'yes', q5: ['p', 'r'], q6: 's3' };

/**
 * Sized like the planned questionnaire, to measure the share link: 32
 * questions (20 five-point scales and 6 multiple choices of 5, all with "je ne
 * sais pas", 6 single choices of 4) and 3 profile questions.
 */
const scale5 = ['1', '2', '3', '4', '5'].map((id) => ({ id, points: Number(id) }));
const five = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, points: 1 }));
export const realistic: Questionnaire = {
  version: 'sized',
  dimensions: [{ id: 'd' }],
  profile: [
    { id: 'type', kind: 'single', options: ['ACI', 'EI', 'ETTI', 'AI'].map((id) => ({ id })) },
    { id: 'size', kind: 'single', options: ['s', 'm', 'l', 'xl'].map((id) => ({ id })) },
    { id: 'sectors', kind: 'multiple', options: ['1', '2', '3', '4', '5', '6', '7', '8'].map((id) => ({ id })) },
  ],
  questions: Array.from({ length: 32 }, (_, i): Question => {
    if (i < 20) return { id: `s${i}`, dimension: 'd', kind: 'scale', dontKnow: true, options: scale5 };
    if (i < 26) return { id: `o${i}`, dimension: 'd', kind: 'single', options: five.slice(0, 4) };
    return { id: `m${i}`, dimension: 'd', kind: 'multiple', dontKnow: true, options: five };
  }),
};
